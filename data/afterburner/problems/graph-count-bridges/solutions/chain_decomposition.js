class Solution {
    countBridges(n, edges) {
        // Build a DFS forest; every back edge marks the tree path it spans as
        // "on a cycle", walking up until an already visited vertex. Tree edges
        // that stay unmarked are the bridges.
        const adj = Array.from({ length: n + 1 }, () => []);
        for (const [u, v] of edges) {
            adj[u].push(v);
            adj[v].push(u);
        }
        const order = new Array(n + 1).fill(0), parent = new Array(n + 1).fill(0);
        const preorder = [];
        let t = 0;
        for (let root = 1; root <= n; root++) {
            if (order[root]) continue;
            order[root] = ++t;
            preorder.push(root);
            const stack = [[root, 0]]; // (vertex, next neighbour index)
            while (stack.length > 0) {
                const frame = stack[stack.length - 1];
                const u = frame[0];
                if (frame[1] === adj[u].length) {
                    stack.pop();
                    continue;
                }
                const v = adj[u][frame[1]++];
                if (!order[v]) {
                    order[v] = ++t;
                    parent[v] = u;
                    preorder.push(v);
                    stack.push([v, 0]);
                }
            }
        }
        const visited = new Array(n + 1).fill(false);
        const onCycle = new Array(n + 1).fill(false); // onCycle[v]: the edge v-parent[v] is covered
        for (const u of preorder) {
            visited[u] = true;
            for (const v of adj[u]) {
                // back edge u -> v with v a descendant of u (entered later, not a child)
                if (order[v] > order[u] && parent[v] !== u) {
                    for (let x = v; !visited[x]; x = parent[x]) {
                        visited[x] = true;
                        onCycle[x] = true;
                    }
                }
            }
        }
        let bridges = 0;
        for (let v = 1; v <= n; v++) if (parent[v] && !onCycle[v]) bridges++;
        return bridges;
    }
}
