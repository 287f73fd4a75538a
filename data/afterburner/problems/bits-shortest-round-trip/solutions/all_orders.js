class Solution {
    cheapestRoundTrip(cost) {
        const n = cost.length;
        if (n === 1) return 0;
        let best = Infinity;
        const extend = (at, used, total, count) => {
            if (count === n) {
                best = Math.min(best, total + cost[at][0]);
                return;
            }
            for (let p = 1; p < n; p++)
                if (!(used & (1 << p))) extend(p, used | (1 << p), total + cost[at][p], count + 1);
        };
        extend(0, 1, 0, 1);
        return best;
    }
}
