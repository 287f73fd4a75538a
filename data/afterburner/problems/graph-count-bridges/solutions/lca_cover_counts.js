class Solution {
    countBridges(n, edges) {
        // BFS spanning forest; every non-tree edge u-v covers the tree path u..v.
        // With binary lifting for the LCA, add +1 at u and v and -2 at the LCA:
        // the subtree sum below a tree edge counts the edges covering it.
        const adj = Array.from({ length: n + 1 }, () => []);
        for (const [u, v] of edges) {
            adj[u].push(v);
            adj[v].push(u);
        }
        const parent = new Int32Array(n + 1), depth = new Int32Array(n + 1).fill(-1);
        const order = new Int32Array(n);
        let tail = 0;
        for (let root = 1; root <= n; root++) {
            if (depth[root] >= 0) continue;
            depth[root] = 0;
            parent[root] = root;
            let head = tail;
            order[tail++] = root;
            while (head < tail) {
                const u = order[head++];
                for (const v of adj[u]) {
                    if (depth[v] < 0) {
                        depth[v] = depth[u] + 1;
                        parent[v] = u;
                        order[tail++] = v;
                    }
                }
            }
        }
        let maxDepth = 0;
        for (let v = 1; v <= n; v++) if (depth[v] > maxDepth) maxDepth = depth[v];
        let levels = 1;
        while (1 << levels <= maxDepth) levels++;
        const up = [parent];
        for (let k = 1; k < levels; k++) {
            const prev = up[k - 1], next = new Int32Array(n + 1);
            for (let v = 0; v <= n; v++) next[v] = prev[prev[v]];
            up.push(next);
        }
        const lca = (a, b) => {
            if (depth[a] < depth[b]) [a, b] = [b, a];
            for (let k = 0, diff = depth[a] - depth[b]; diff; k++, diff >>= 1)
                if (diff & 1) a = up[k][a];
            if (a === b) return a;
            for (let k = levels - 1; k >= 0; k--) {
                if (up[k][a] !== up[k][b]) {
                    a = up[k][a];
                    b = up[k][b];
                }
            }
            return parent[a];
        };
        const cover = new Int32Array(n + 1);
        for (const [u, v] of edges) {
            // no two edges join the same pair: the tree edges are the parent links
            if (parent[v] === u || parent[u] === v) continue;
            cover[u]++;
            cover[v]++;
            cover[lca(u, v)] -= 2;
        }
        let bridges = 0;
        for (let j = n - 1; j >= 0; j--) {
            const v = order[j];
            if (parent[v] === v) continue;
            cover[parent[v]] += cover[v];
            if (cover[v] === 0) bridges++;
        }
        return bridges;
    }
}
