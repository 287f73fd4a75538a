class Solution {
    sharedSubsequenceLength(a, b) {
        const n = a.length;
        const m = b.length;
        const memo = new Int32Array(n * m).fill(-1); // -1: not solved yet
        const best = (i, j) => {
            if (i === n || j === m) return 0;
            const key = i * m + j;
            if (memo[key] >= 0) return memo[key];
            const r = a.charCodeAt(i) === b.charCodeAt(j)
                ? 1 + best(i + 1, j + 1)
                : Math.max(best(i + 1, j), best(i, j + 1));
            memo[key] = r;
            return r;
        };
        // fill from the last row up so the recursion stays shallow
        for (let i = n - 1; i >= 0; i--) best(i, 0);
        return best(0, 0);
    }
}
