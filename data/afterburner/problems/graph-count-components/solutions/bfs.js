class Solution {
    countComponents(n, edges) {
        const adj = Array.from({ length: n + 1 }, () => []);
        for (const [u, v] of edges) {
            adj[u].push(v);
            adj[v].push(u);
        }
        const seen = new Uint8Array(n + 1);
        const queue = new Int32Array(n);
        let components = 0;
        for (let s = 1; s <= n; s++) {
            if (seen[s]) continue;
            components++;
            seen[s] = 1;
            let head = 0, tail = 0;
            queue[tail++] = s;
            while (head < tail) {
                const x = queue[head++];
                for (const y of adj[x]) {
                    if (!seen[y]) {
                        seen[y] = 1;
                        queue[tail++] = y;
                    }
                }
            }
        }
        return components;
    }
}
