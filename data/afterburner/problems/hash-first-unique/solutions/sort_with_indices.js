class Solution {
    firstSingle(nums) {
        // sort indices by value; a run of length one is a single value
        const n = nums.length;
        const order = new Int32Array(n);
        for (let i = 0; i < n; i++) order[i] = i;
        order.sort((a, b) => nums[a] - nums[b]);
        let best = -1;
        for (let k = 0; k < n;) {
            let j = k;
            while (j + 1 < n && nums[order[j + 1]] === nums[order[k]]) j++;
            if (j === k && (best === -1 || order[k] < best)) best = order[k];
            k = j + 1;
        }
        return best;
    }
}
