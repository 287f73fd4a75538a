class Solution {
    countComponents(n, edges) {
        // Counts pieces among the vertices that appear in some edge.
        const parent = new Map();
        const find = (x) => {
            while (parent.get(x) !== x) {
                const up = parent.get(parent.get(x));
                parent.set(x, up);
                x = up;
            }
            return x;
        };
        for (const [u, v] of edges) {
            if (!parent.has(u)) parent.set(u, u);
            if (!parent.has(v)) parent.set(v, v);
            const a = find(u), b = find(v);
            if (a !== b) parent.set(a, b);
        }
        let roots = 0;
        for (const [x, p] of parent) if (x === p) roots++;
        return roots;
    }
}
