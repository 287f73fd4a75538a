class Solution {
    windowMaxima(nums, k) {
        // deque of values; the front leaves when the outgoing value equals it
        const dq = [];
        let head = 0;
        const out = [];
        for (let i = 0; i < nums.length; i++) {
            if (i >= k && dq[head] === nums[i - k]) head++;
            while (dq.length > head && dq[dq.length - 1] <= nums[i]) dq.pop();
            dq.push(nums[i]);
            if (i >= k - 1) out.push(dq[head]);
        }
        return out;
    }
}
