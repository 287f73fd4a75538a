class Solution {
    windowMaxima(nums, k) {
        // indices whose values decrease from front to back
        const n = nums.length;
        const dq = new Int32Array(n);
        let head = 0;
        let tail = 0;
        const out = [];
        for (let i = 0; i < n; i++) {
            while (tail > head && nums[dq[tail - 1]] <= nums[i]) tail--;
            dq[tail++] = i;
            if (dq[head] <= i - k) head++;
            if (i >= k - 1) out.push(nums[dq[head]]);
        }
        return out;
    }
}
