class Solution {
    cheapestRoundTrip(cost) {
        const n = cost.length;
        if (n === 1) return 0;
        const m = n - 1; // points 1..n-1 become bits 0..m-1
        const INF = 0x3fffffff;
        const size = 1 << m;
        const dp = new Int32Array(size * m).fill(INF); // dp[mask*m + j]
        for (let j = 0; j < m; j++) dp[(1 << j) * m + j] = cost[0][j + 1];
        for (let mask = 1; mask < size; mask++) {
            for (let j = 0; j < m; j++) {
                if (!((mask >> j) & 1)) continue;
                const prev = mask ^ (1 << j);
                if (prev === 0) continue;
                let best = INF;
                const base = prev * m;
                for (let i = 0; i < m; i++) {
                    if ((prev >> i) & 1) {
                        const v = dp[base + i] + cost[i + 1][j + 1];
                        if (v < best) best = v;
                    }
                }
                dp[mask * m + j] = best;
            }
        }
        let best = INF;
        for (let j = 0; j < m; j++) best = Math.min(best, dp[(size - 1) * m + j] + cost[j + 1][0]);
        return best;
    }
}
