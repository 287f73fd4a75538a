class Solution {
    pathLengths(n, edges, queries) {
        const adj = Array.from({ length: n + 1 }, () => []);
        for (const [a, b] of edges) {
            adj[a].push(b);
            adj[b].push(a);
        }
        const parent = new Int32Array(n + 1), depth = new Int32Array(n + 1);
        const order = new Int32Array(n);
        let cnt = 0;
        order[cnt++] = 1;
        for (let i = 0; i < cnt; i++) {
            const v = order[i];
            for (const w of adj[v])
                if (w !== parent[v]) {
                    parent[w] = v;
                    depth[w] = depth[v] + 1;
                    order[cnt++] = w;
                }
        }
        const size = new Int32Array(n + 1).fill(1);
        const heavy = new Int32Array(n + 1), head = new Int32Array(n + 1);
        for (let i = n - 1; i > 0; i--) {
            const v = order[i], p = parent[v];
            size[p] += size[v];
            if (heavy[p] === 0 || size[v] > size[heavy[p]]) heavy[p] = v;
        }
        for (let i = 0; i < n; i++) { // parents come before children in BFS order
            const v = order[i], p = parent[v];
            head[v] = p && heavy[p] === v ? head[p] : v;
        }
        return queries.map(([u, v]) => {
            let a = u, b = v;
            while (head[a] !== head[b]) {
                if (depth[head[a]] > depth[head[b]]) a = parent[head[a]];
                else b = parent[head[b]];
            }
            const l = depth[a] < depth[b] ? a : b;
            return depth[u] + depth[v] - 2 * depth[l];
        });
    }
}
