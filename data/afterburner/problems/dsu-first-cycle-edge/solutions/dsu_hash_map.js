class Solution {
    firstCycleEdge(n, edges) {
        // Parents live in a Map; a vertex missing from it is its own root.
        const parent = new Map();
        const find = (x) => {
            let r = x, p;
            while ((p = parent.get(r)) !== undefined) r = p;
            while (x !== r) {
                const up = parent.get(x);
                parent.set(x, r);
                x = up;
            }
            return r;
        };
        for (let i = 0; i < edges.length; i++) {
            const a = find(edges[i][0]), b = find(edges[i][1]);
            if (a === b) return i + 1;
            parent.set(a, b);
        }
        return 0;
    }
}
