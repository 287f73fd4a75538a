class Solution {
    pathLengths(n, edges, queries) {
        const adj = Array.from({ length: n + 1 }, () => []);
        for (const [a, b] of edges) {
            adj[a].push(b);
            adj[b].push(a);
        }
        let LOG = 1;
        while ((1 << LOG) < n) LOG++;
        // up[k][v]: the 2^k-th ancestor of v (the root is its own parent)
        const up = Array.from({ length: LOG }, () => new Int32Array(n + 1));
        const depth = new Int32Array(n + 1).fill(-1);
        const queue = new Int32Array(n);
        let tail = 0;
        queue[tail++] = 1;
        depth[1] = 0;
        up[0][1] = 1;
        for (let h = 0; h < tail; h++) {
            const x = queue[h];
            for (const y of adj[x])
                if (depth[y] < 0) {
                    depth[y] = depth[x] + 1;
                    up[0][y] = x;
                    queue[tail++] = y;
                }
        }
        for (let k = 1; k < LOG; k++) {
            const prev = up[k - 1], row = up[k];
            for (let v = 1; v <= n; v++) row[v] = prev[prev[v]];
        }
        return queries.map(([u, v]) => {
            let a = u, b = v;
            if (depth[a] < depth[b]) [a, b] = [b, a];
            let diff = depth[a] - depth[b];
            for (let k = 0; diff; k++, diff >>= 1)
                if (diff & 1) a = up[k][a];
            if (a !== b) {
                for (let k = LOG - 1; k >= 0; k--)
                    if (up[k][a] !== up[k][b]) { a = up[k][a]; b = up[k][b]; }
                a = up[0][a];
            }
            return depth[u] + depth[v] - 2 * depth[a];
        });
    }
}
