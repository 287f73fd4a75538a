class Solution {
    sharedSubsequenceLength(a, b) {
        const n = a.length;
        const m = b.length;
        const dp = [];
        for (let i = 0; i <= n; i++) dp.push(new Array(m + 1).fill(0));
        for (let i = 1; i <= n; i++) {
            for (let j = 1; j <= m; j++) {
                dp[i][j] = a[i - 1] === b[j - 1] ? dp[i - 1][j] + 1 : Math.max(dp[i - 1][j], dp[i][j - 1]);
            }
        }
        return dp[n][m];
    }
}
