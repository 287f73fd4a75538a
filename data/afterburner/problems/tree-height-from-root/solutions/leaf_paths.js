class Solution {
    treeHeight(n, edges) {
        const adj = Array.from({ length: n + 1 }, () => []);
        for (const [u, v] of edges) {
            adj[u].push(v);
            adj[v].push(u);
        }
        const parent = new Int32Array(n + 1);
        parent[1] = -1;
        const stack = [1];
        while (stack.length) {
            const node = stack.pop();
            for (const nxt of adj[node])
                if (nxt !== parent[node]) { parent[nxt] = node; stack.push(nxt); }
        }
        // walk from every vertex up to the root and keep the longest walk
        let best = 0;
        for (let v = 2; v <= n; v++) {
            let steps = 0;
            for (let x = v; x !== 1; x = parent[x]) steps++;
            if (steps > best) best = steps;
        }
        return best;
    }
}
