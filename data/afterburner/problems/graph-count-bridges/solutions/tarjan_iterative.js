class Solution {
    countBridges(n, edges) {
        // adjacency in compressed rows; every arc keeps its edge id, so the search
        // skips exactly the edge it entered a vertex by
        const m = edges.length;
        const start = new Int32Array(n + 2), to = new Int32Array(2 * m), id = new Int32Array(2 * m);
        for (const [u, v] of edges) {
            start[u + 1]++;
            start[v + 1]++;
        }
        for (let v = 1; v <= n + 1; v++) start[v] += start[v - 1];
        const fill = start.slice();
        for (let i = 0; i < m; i++) {
            const [u, v] = edges[i];
            to[fill[u]] = v;
            id[fill[u]++] = i;
            to[fill[v]] = u;
            id[fill[v]++] = i;
        }
        const disc = new Int32Array(n + 1), low = new Int32Array(n + 1), ptr = new Int32Array(n + 1);
        const via = new Int32Array(n + 1).fill(-1);
        const call = new Int32Array(n);
        let cp = 0, timer = 0, bridges = 0;
        for (let root = 1; root <= n; root++) {
            if (disc[root]) continue;
            disc[root] = low[root] = ++timer;
            ptr[root] = start[root];
            call[cp++] = root;
            while (cp > 0) {
                const u = call[cp - 1];
                if (ptr[u] < start[u + 1]) {
                    const k = ptr[u]++;
                    if (id[k] === via[u]) continue;
                    const v = to[k];
                    if (disc[v]) {
                        if (disc[v] < low[u]) low[u] = disc[v];
                    } else {
                        disc[v] = low[v] = ++timer;
                        ptr[v] = start[v];
                        via[v] = id[k];
                        call[cp++] = v;
                    }
                    continue;
                }
                cp--;
                if (cp > 0) {
                    const p = call[cp - 1];
                    if (low[u] < low[p]) low[p] = low[u];
                    if (low[u] > disc[p]) bridges++;
                }
            }
        }
        return bridges;
    }
}
