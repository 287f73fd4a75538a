class Solution {
    canSplitEvenly(nums) {
        const total = nums.reduce((s, x) => s + x, 0);
        if (total % 2) return false;
        const target = total / 2;
        const n = nums.length;
        const dp = [];
        for (let i = 0; i <= n; i++) dp.push(new Array(target + 1).fill(false));
        dp[0][0] = true;
        for (let i = 1; i <= n; i++) {
            const x = nums[i - 1];
            const prev = dp[i - 1];
            const cur = dp[i];
            for (let s = 0; s <= target; s++) cur[s] = prev[s] || (s >= x && prev[s - x]);
        }
        return dp[n][target];
    }
}
