class Solution {
    countBridges(n, edges) {
        const graph = Array.from({ length: n + 1 }, () => []);
        for (const [u, v] of edges) {
            graph[u].push(v);
            graph[v].push(u);
        }
        const disc = new Int32Array(n + 1), low = new Int32Array(n + 1);
        const parent = new Int32Array(n + 1), next = new Int32Array(n + 1);
        const stack = [];
        let clock = 0, found = 0;
        for (let root = 1; root <= n; root++) {
            if (disc[root]) continue;
            disc[root] = low[root] = ++clock;
            stack.push(root);
            while (stack.length > 0) {
                const u = stack[stack.length - 1];
                if (next[u] < graph[u].length) {
                    const v = graph[u][next[u]++];
                    if (v === parent[u]) continue;
                    if (disc[v]) {
                        low[u] = Math.min(low[u], disc[v]);
                    } else {
                        disc[v] = low[v] = ++clock;
                        parent[v] = u;
                        stack.push(v);
                    }
                    continue;
                }
                stack.pop();
                if (stack.length > 0) {
                    const p = stack[stack.length - 1];
                    low[p] = Math.min(low[p], low[u]);
                    if (low[u] >= disc[p]) found++;
                }
            }
        }
        return found;
    }
}
