class Solution {
    mergeCost(w) {
        const solve = (i, j) => {
            if (i === j) return 0;
            let sum = 0;
            for (let t = i; t <= j; t++) sum += w[t];
            let best = Infinity;
            for (let k = i; k < j; k++) best = Math.min(best, solve(i, k) + solve(k + 1, j));
            return best + sum;
        };
        return solve(0, w.length - 1);
    }
}
