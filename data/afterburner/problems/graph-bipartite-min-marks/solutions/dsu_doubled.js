class Solution {
    minimumMarked(n, edges) {
        // Node x means "x is marked", x + n means "x is not marked"; an edge ties
        // each end's state to the other end's opposite state.
        const parent = new Int32Array(2 * n + 1);
        for (let i = 0; i <= 2 * n; i++) parent[i] = i;
        const find = (x) => {
            while (parent[x] !== x) { parent[x] = parent[parent[x]]; x = parent[x]; }
            return x;
        };
        const unite = (a, b) => {
            a = find(a);
            b = find(b);
            if (a !== b) parent[a] = b;
        };
        for (const [u, v] of edges) {
            unite(u, v + n);
            unite(u + n, v);
        }
        const group = new Map();
        for (let x = 1; x <= n; x++) {
            const r = find(x);
            if (r === find(x + n)) return -1;
            group.set(r, (group.get(r) || 0) + 1);
        }
        const done = new Set();
        let total = 0;
        for (let x = 1; x <= n; x++) {
            const a = find(x), b = find(x + n);
            if (done.has(a)) continue;
            done.add(a);
            done.add(b);
            total += Math.min(group.get(a) || 0, group.get(b) || 0);
        }
        return total;
    }
}
