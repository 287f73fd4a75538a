class Solution {
    longestRising(nums) {
        const values = [...new Set(nums)].sort((a, b) => a - b);
        const index = new Map(values.map((v, i) => [v, i]));
        let size = 1;
        while (size < values.length) size *= 2;
        const tree = new Array(2 * size).fill(0);
        for (const x of nums) {
            const rank = index.get(x);
            let res = 0; // max over ranks [0, rank)
            for (let lo = size, hi = rank + size; lo < hi; lo >>= 1, hi >>= 1) {
                if (lo & 1) res = Math.max(res, tree[lo++]);
                if (hi & 1) res = Math.max(res, tree[--hi]);
            }
            const cur = res + 1;
            let pos = rank + size;
            if (tree[pos] < cur) {
                tree[pos] = cur;
                for (pos >>= 1; pos > 0; pos >>= 1) tree[pos] = Math.max(tree[2 * pos], tree[2 * pos + 1]);
            }
        }
        return tree[1];
    }
}
