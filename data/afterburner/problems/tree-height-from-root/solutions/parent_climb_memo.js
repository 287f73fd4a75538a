class Solution {
    treeHeight(n, edges) {
        const adj = Array.from({ length: n + 1 }, () => []);
        for (const [u, v] of edges) {
            adj[u].push(v);
            adj[v].push(u);
        }
        // orient the tree first: the parent of every vertex
        const parent = new Int32Array(n + 1);
        parent[1] = -1;
        const order = [1];
        for (let i = 0; i < order.length; i++) {
            const node = order[i];
            for (const nxt of adj[node])
                if (nxt !== parent[node]) { parent[nxt] = node; order.push(nxt); }
        }
        // then climb from each vertex to the first known depth and fill in on the way back
        const depth = new Int32Array(n + 1).fill(-1);
        depth[1] = 0;
        const path = new Int32Array(n);
        let best = 0;
        for (let v = 1; v <= n; v++) {
            let len = 0, x = v;
            while (depth[x] < 0) { path[len++] = x; x = parent[x]; }
            let d = depth[x];
            while (len > 0) depth[path[--len]] = ++d;
            if (depth[v] > best) best = depth[v];
        }
        return best;
    }
}
