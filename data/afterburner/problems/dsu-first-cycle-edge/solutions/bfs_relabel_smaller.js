class Solution {
    firstCycleEdge(n, edges) {
        // Component id per vertex; a join re-labels the smaller side by a BFS
        // over the edges added so far.
        const comp = new Int32Array(n + 1);
        const size = new Int32Array(n + 1).fill(1);
        for (let i = 0; i <= n; i++) comp[i] = i;
        const adj = Array.from({ length: n + 1 }, () => []);
        const queue = new Int32Array(n + 1);
        for (let i = 0; i < edges.length; i++) {
            let u = edges[i][0], v = edges[i][1];
            let cu = comp[u], cv = comp[v];
            if (cu === cv) return i + 1;
            if (size[cu] > size[cv]) {
                [u, v] = [v, u];
                [cu, cv] = [cv, cu];
            }
            size[cv] += size[cu];
            comp[u] = cv;
            let qh = 0, qt = 0;
            queue[qt++] = u;
            while (qh < qt) {
                const x = queue[qh++];
                for (const y of adj[x]) {
                    if (comp[y] === cu) { comp[y] = cv; queue[qt++] = y; }
                }
            }
            adj[u].push(v);
            adj[v].push(u);
        }
        return 0;
    }
}
