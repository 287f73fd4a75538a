class Solution {
    mergeCost(w) {
        const n = w.length;
        const pre = new Array(n + 1).fill(0);
        for (let i = 0; i < n; i++) pre[i + 1] = pre[i] + w[i];
        // cost[i][j]: cheapest merge of piles i..j into one
        const cost = [];
        for (let i = 0; i < n; i++) cost.push(new Float64Array(n));
        for (let len = 2; len <= n; len++) {
            for (let i = 0; i + len <= n; i++) {
                const j = i + len - 1;
                const row = cost[i];
                let best = Infinity;
                for (let k = i; k < j; k++) {
                    const c = row[k] + cost[k + 1][j];
                    if (c < best) best = c;
                }
                row[j] = best + pre[j + 1] - pre[i];
            }
        }
        return cost[0][n - 1];
    }
}
