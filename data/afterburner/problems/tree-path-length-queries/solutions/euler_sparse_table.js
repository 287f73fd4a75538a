class Solution {
    pathLengths(n, edges, queries) {
        const adj = Array.from({ length: n + 1 }, () => []);
        for (const [a, b] of edges) {
            adj[a].push(b);
            adj[b].push(a);
        }
        // Euler tour of depths: the LCA depth is the minimum between the first visits
        const depth = new Int32Array(n + 1), first = new Int32Array(n + 1);
        const parent = new Int32Array(n + 1), next = new Int32Array(n + 1);
        const tour = new Int32Array(2 * n);
        let m = 0;
        tour[m++] = 0;
        const stack = [1];
        while (stack.length) {
            const v = stack[stack.length - 1];
            if (next[v] < adj[v].length) {
                const w = adj[v][next[v]++];
                if (w === parent[v]) continue;
                parent[w] = v;
                depth[w] = depth[v] + 1;
                first[w] = m;
                tour[m++] = depth[w];
                stack.push(w);
            } else {
                stack.pop();
                if (stack.length) tour[m++] = depth[stack[stack.length - 1]];
            }
        }
        const table = [tour.slice(0, m)];
        for (let span = 1; 2 * span <= m; span *= 2) {
            const prev = table[table.length - 1];
            const row = new Int32Array(m - 2 * span + 1);
            for (let i = 0; i < row.length; i++) row[i] = Math.min(prev[i], prev[i + span]);
            table.push(row);
        }
        return queries.map(([u, v]) => {
            const l = Math.min(first[u], first[v]), r = Math.max(first[u], first[v]);
            const k = 31 - Math.clz32(r - l + 1);
            const low = Math.min(table[k][l], table[k][r - (1 << k) + 1]);
            return depth[u] + depth[v] - 2 * low;
        });
    }
}
