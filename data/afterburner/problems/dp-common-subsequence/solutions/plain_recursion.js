class Solution {
    sharedSubsequenceLength(a, b) {
        const best = (i, j) => {
            if (i === a.length || j === b.length) return 0;
            if (a[i] === b[j]) return 1 + best(i + 1, j + 1);
            return Math.max(best(i + 1, j), best(i, j + 1));
        };
        return best(0, 0);
    }
}
