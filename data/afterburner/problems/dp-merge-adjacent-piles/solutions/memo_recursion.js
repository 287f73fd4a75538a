class Solution {
    mergeCost(w) {
        const n = w.length;
        const pre = new Array(n + 1).fill(0);
        for (let i = 0; i < n; i++) pre[i + 1] = pre[i] + w[i];
        const memo = new Float64Array(n * n).fill(-1);
        const solve = (i, j) => {
            if (i === j) return 0;
            const key = i * n + j;
            if (memo[key] >= 0) return memo[key];
            let best = Infinity;
            for (let k = i; k < j; k++) {
                const c = solve(i, k) + solve(k + 1, j);
                if (c < best) best = c;
            }
            best += pre[j + 1] - pre[i];
            memo[key] = best;
            return best;
        };
        return solve(0, n - 1);
    }
}
