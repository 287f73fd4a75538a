class Solution {
    cheapestRoundTrip(cost) {
        const n = cost.length;
        if (n === 1) return 0;
        const m = n - 1;
        const INF = 1e15;
        // best[mask] is a plain array indexed by the end bit; walk set bits via lowbit
        const best = new Array(1 << m);
        for (let j = 0; j < m; j++) {
            const row = new Array(m).fill(INF);
            row[j] = cost[0][j + 1];
            best[1 << j] = row;
        }
        for (let mask = 1; mask < 1 << m; mask++) {
            if ((mask & (mask - 1)) === 0) continue;
            const row = new Array(m).fill(INF);
            for (let bits = mask; bits; bits &= bits - 1) {
                const low = bits & -bits;
                const j = 31 - Math.clz32(low);
                const prevMask = mask ^ low;
                const prev = best[prevMask];
                let value = INF;
                for (let pm = prevMask; pm; pm &= pm - 1) {
                    const i = 31 - Math.clz32(pm & -pm);
                    const v = prev[i] + cost[i + 1][j + 1];
                    if (v < value) value = v;
                }
                row[j] = value;
            }
            best[mask] = row;
        }
        const last = best[(1 << m) - 1];
        let ans = INF;
        for (let j = 0; j < m; j++) ans = Math.min(ans, last[j] + cost[j + 1][0]);
        return ans;
    }
}
