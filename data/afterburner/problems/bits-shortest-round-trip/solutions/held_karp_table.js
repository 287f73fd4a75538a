class Solution {
    cheapestRoundTrip(cost) {
        const n = cost.length;
        if (n === 1) return 0;
        const INF = 1e15;
        const full = 1 << n;
        // dp[mask][j]: cheapest path from 0 over the points of mask, ending at j
        const dp = [];
        for (let m = 0; m < full; m++) dp.push(new Array(n).fill(INF));
        dp[1][0] = 0;
        for (let mask = 1; mask < full; mask += 2) {
            const row = dp[mask];
            for (let j = 0; j < n; j++) {
                const here = row[j];
                if (here >= INF) continue;
                const cj = cost[j];
                for (let k = 1; k < n; k++) {
                    if (mask & (1 << k)) continue;
                    const to = dp[mask | (1 << k)];
                    const v = here + cj[k];
                    if (v < to[k]) to[k] = v;
                }
            }
        }
        let best = INF;
        for (let j = 1; j < n; j++) best = Math.min(best, dp[full - 1][j] + cost[j][0]);
        return best;
    }
}
