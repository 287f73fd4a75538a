class Solution {
    treeHeight(n, edges) {
        // adjacency in compressed form: neighbours of v are adj[start[v] .. start[v + 1])
        const start = new Int32Array(n + 2);
        const adj = new Int32Array(2 * (n - 1));
        for (const [u, v] of edges) { start[u + 1]++; start[v + 1]++; }
        for (let v = 1; v <= n + 1; v++) start[v] += start[v - 1];
        const fill = start.slice(0, n + 1);
        for (const [u, v] of edges) { adj[fill[u]++] = v; adj[fill[v]++] = u; }
        const depth = new Int32Array(n + 1).fill(-1);
        const queue = new Int32Array(n);
        let head = 0, tail = 0, best = 0;
        depth[1] = 0;
        queue[tail++] = 1;
        while (head < tail) {
            const node = queue[head++];
            for (let i = start[node]; i < start[node + 1]; i++) {
                const nxt = adj[i];
                if (depth[nxt] < 0) {
                    depth[nxt] = depth[node] + 1;
                    if (depth[nxt] > best) best = depth[nxt];
                    queue[tail++] = nxt;
                }
            }
        }
        return best;
    }
}
