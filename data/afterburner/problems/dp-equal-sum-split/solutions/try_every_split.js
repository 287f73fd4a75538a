class Solution {
    canSplitEvenly(nums) {
        const total = nums.reduce((s, x) => s + x, 0);
        if (total % 2) return false;
        const search = (i, left) => {
            if (i === nums.length) return left * 2 === total;
            return search(i + 1, left + nums[i]) || search(i + 1, left);
        };
        return search(0, 0);
    }
}
