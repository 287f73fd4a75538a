class Solution {
    cheapestRoundTrip(cost) {
        const n = cost.length;
        if (n === 1) return 0;
        const done = (1 << n) - 1;
        const memo = new Int32Array(n << n).fill(-1);
        // cheapest way to visit the points outside mask and return to 0, standing at `at`
        const rest = (mask, at) => {
            if (mask === done) return cost[at][0];
            const key = mask * n + at;
            if (memo[key] >= 0) return memo[key];
            let best = 0x7fffffff;
            for (let nx = 0; nx < n; nx++) {
                if (!(mask & (1 << nx))) {
                    const v = cost[at][nx] + rest(mask | (1 << nx), nx);
                    if (v < best) best = v;
                }
            }
            memo[key] = best;
            return best;
        };
        return rest(1, 0);
    }
}
