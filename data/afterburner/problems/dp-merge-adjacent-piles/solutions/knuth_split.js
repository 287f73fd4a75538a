class Solution {
    mergeCost(w) {
        // interval DP with Knuth's bound: opt[i][j-1] <= opt[i][j] <= opt[i+1][j]
        const n = w.length;
        const pre = new Array(n + 1).fill(0);
        for (let i = 0; i < n; i++) pre[i + 1] = pre[i] + w[i];
        const dp = [], opt = [];
        for (let i = 0; i < n; i++) {
            dp.push(new Float64Array(n));
            opt.push(new Int32Array(n));
            opt[i][i] = i;
        }
        for (let len = 2; len <= n; len++) {
            for (let i = 0; i + len <= n; i++) {
                const j = i + len - 1;
                const lo = opt[i][j - 1], hi = Math.min(opt[i + 1][j], j - 1);
                let best = Infinity, arg = lo;
                for (let k = lo; k <= hi; k++) {
                    const c = dp[i][k] + dp[k + 1][j];
                    if (c < best) {
                        best = c;
                        arg = k;
                    }
                }
                dp[i][j] = best + pre[j + 1] - pre[i];
                opt[i][j] = arg;
            }
        }
        return dp[0][n - 1];
    }
}
