class Solution {
    pathLengths(n, edges, queries) {
        const adj = Array.from({ length: n + 1 }, () => []);
        for (const [a, b] of edges) {
            adj[a].push(b);
            adj[b].push(a);
        }
        // a fresh breadth-first search from u for every query, stopping at v
        const dist = new Int32Array(n + 1), stamp = new Int32Array(n + 1).fill(-1);
        const queue = new Int32Array(n);
        return queries.map(([u, v], qi) => {
            let head = 0, tail = 0;
            queue[tail++] = u;
            stamp[u] = qi;
            dist[u] = 0;
            while (head < tail && stamp[v] !== qi) {
                const x = queue[head++];
                for (const y of adj[x])
                    if (stamp[y] !== qi) {
                        stamp[y] = qi;
                        dist[y] = dist[x] + 1;
                        queue[tail++] = y;
                    }
            }
            return dist[v];
        });
    }
}
