class Solution {
    reachableUnder(n, edges, queries) {
        // Union by size without compression; every link keeps the weight that made
        // it, so a query climbs only links of weight <= t. Depth stays O(log n).
        const parent = new Int32Array(n + 1);
        const size = new Int32Array(n + 1).fill(1);
        const linkW = new Int32Array(n + 1);
        for (let i = 0; i <= n; i++) parent[i] = i;
        const es = edges.slice().sort((a, b) => a[2] - b[2]);
        for (const [u, v, w] of es) {
            let a = u, b = v;
            while (parent[a] !== a) a = parent[a];
            while (parent[b] !== b) b = parent[b];
            if (a === b) continue;
            if (size[a] < size[b]) [a, b] = [b, a];
            parent[b] = a;
            linkW[b] = w;
            size[a] += size[b];
        }
        const out = [];
        for (const [qa, qb, t] of queries) {
            let a = qa, b = qb;
            while (parent[a] !== a && linkW[a] <= t) a = parent[a];
            while (parent[b] !== b && linkW[b] <= t) b = parent[b];
            out.push(a === b ? '1' : '0');
        }
        return out.join('');
    }
}
