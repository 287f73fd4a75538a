class Solution {
    minCost(n, arcs) {
        // Dijkstra without a heap: scan all vertices for the closest unsettled one
        const adj = Array.from({ length: n + 1 }, () => []);
        for (const [u, v, w] of arcs) adj[u].push([v, w]);
        const dist = new Array(n + 1).fill(Infinity);
        const done = new Array(n + 1).fill(false);
        dist[1] = 0;
        for (;;) {
            let u = -1;
            for (let v = 1; v <= n; v++) {
                if (!done[v] && dist[v] !== Infinity && (u < 0 || dist[v] < dist[u])) u = v;
            }
            if (u < 0) return -1;
            if (u === n) return dist[u];
            done[u] = true;
            for (const [v, w] of adj[u]) {
                if (dist[u] + w < dist[v]) dist[v] = dist[u] + w;
            }
        }
    }
}
