class Solution {
    firstCycleEdge(n, edges) {
        // Before adding each edge, search from one endpoint for the other.
        const adj = Array.from({ length: n + 1 }, () => []);
        const mark = new Int32Array(n + 1);
        const stack = new Int32Array(n + 1);
        for (let i = 0; i < edges.length; i++) {
            const [u, v] = edges[i];
            const stamp = i + 1;
            let top = 0;
            mark[u] = stamp;
            stack[top++] = u;
            while (top > 0) {
                const x = stack[--top];
                if (x === v) return stamp;
                for (const y of adj[x]) {
                    if (mark[y] !== stamp) { mark[y] = stamp; stack[top++] = y; }
                }
            }
            adj[u].push(v);
            adj[v].push(u);
        }
        return 0;
    }
}
