class Solution {
    cheapestRoundTrip(cost) {
        const n = cost.length;
        if (n === 1) return 0;
        const INF = 1e15;
        const full = 1 << n;
        const dp = [];
        for (let m = 0; m < full; m++) dp.push(new Array(n).fill(INF));
        dp[1][0] = 0;
        for (let mask = 1; mask < full; mask += 2)
            for (let j = 0; j < n; j++) {
                if (dp[mask][j] >= INF) continue;
                for (let k = 1; k < n; k++)
                    if (!(mask & (1 << k)))
                        dp[mask | (1 << k)][k] = Math.min(dp[mask | (1 << k)][k], dp[mask][j] + cost[j][k]);
            }
        // forgets the way back to point 0
        return Math.min(...dp[full - 1].slice(1));
    }
}
