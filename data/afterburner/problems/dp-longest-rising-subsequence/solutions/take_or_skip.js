class Solution {
    longestRising(nums) {
        const best = (i, last) => {
            if (i === nums.length) return 0;
            const skip = best(i + 1, last);
            if (nums[i] > last) return Math.max(skip, 1 + best(i + 1, nums[i]));
            return skip;
        };
        return best(0, -Infinity);
    }
}
