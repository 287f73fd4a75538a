class Solution {
    countExactSum(nums, k) {
        const n = nums.length;
        let count = 0;
        for (let start = 0; start < n; start++) {
            let s = 0;
            for (let end = start; end < n; end++) {
                s += nums[end];
                if (s === k) count++;
            }
        }
        return count;
    }
}
