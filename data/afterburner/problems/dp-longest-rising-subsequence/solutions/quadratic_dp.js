class Solution {
    longestRising(nums) {
        const n = nums.length;
        const dp = new Int32Array(n);
        let best = 0;
        for (let i = 0; i < n; i++) {
            dp[i] = 1;
            for (let j = 0; j < i; j++) {
                if (nums[j] < nums[i] && dp[j] + 1 > dp[i]) dp[i] = dp[j] + 1;
            }
            if (dp[i] > best) best = dp[i];
        }
        return best;
    }
}
