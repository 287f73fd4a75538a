class Solution {
    lastRemaining(weights) {
        // max segment tree over fixed slots; an emptied slot holds 0
        const n = weights.length;
        let size = 1;
        while (size < n) size <<= 1;
        const tree = new Int32Array(2 * size);
        for (let i = 0; i < n; i++) tree[size + i] = weights[i];
        for (let i = size - 1; i > 0; i--) tree[i] = Math.max(tree[2 * i], tree[2 * i + 1]);
        const takeMax = () => {
            let i = 1;
            while (i < size) i = tree[2 * i] >= tree[2 * i + 1] ? 2 * i : 2 * i + 1;
            return i;
        };
        const assign = (i, v) => {
            tree[i] = v;
            for (i >>= 1; i > 0; i >>= 1) tree[i] = Math.max(tree[2 * i], tree[2 * i + 1]);
        };
        let left = n;
        while (left > 1) {
            const i = takeMax();
            const x = tree[i];
            assign(i, 0);
            const j = takeMax();
            const y = tree[j];
            if (x > y) {
                assign(j, x - y);
                left -= 1;
            } else {
                assign(j, 0);
                left -= 2;
            }
        }
        return tree[1];
    }
}
