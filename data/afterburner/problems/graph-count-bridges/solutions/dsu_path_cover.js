class Solution {
    countBridges(n, edges) {
        // Spanning forest by an explicit-stack search; each non-tree edge covers
        // its tree path. A union-find jumps over tree edges already covered, so
        // every tree edge is covered at most once.
        const m = edges.length;
        const adj = Array.from({ length: n + 1 }, () => []); // (neighbour, edge id)
        edges.forEach(([u, v], i) => {
            adj[u].push([v, i]);
            adj[v].push([u, i]);
        });
        const parent = new Int32Array(n + 1), depth = new Int32Array(n + 1).fill(-1);
        const isTree = new Uint8Array(m);
        let bridges = 0;
        for (let root = 1; root <= n; root++) {
            if (depth[root] >= 0) continue;
            depth[root] = 0;
            const stack = [root];
            while (stack.length > 0) {
                const u = stack.pop();
                for (const [v, i] of adj[u]) {
                    if (depth[v] < 0) {
                        depth[v] = depth[u] + 1;
                        parent[v] = u;
                        isTree[i] = 1;
                        bridges++;
                        stack.push(v);
                    }
                }
            }
        }
        // jump[v]: towards the highest vertex reachable over covered edges
        const jump = Int32Array.from({ length: n + 1 }, (_, v) => v);
        const top = (x) => {
            let r = x;
            while (jump[r] !== r) r = jump[r];
            while (jump[x] !== r) {
                const next = jump[x];
                jump[x] = r;
                x = next;
            }
            return r;
        };
        for (let i = 0; i < m; i++) {
            if (isTree[i]) continue;
            let a = top(edges[i][0]), b = top(edges[i][1]);
            while (a !== b) {
                if (depth[a] < depth[b]) [a, b] = [b, a];
                jump[a] = parent[a]; // cover the edge a - parent[a]
                bridges--;
                a = top(a);
            }
        }
        return bridges;
    }
}
