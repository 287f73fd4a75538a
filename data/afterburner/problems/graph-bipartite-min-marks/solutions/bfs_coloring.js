class Solution {
    minimumMarked(n, edges) {
        // Two-colour each component by BFS; the smaller side gets the marks.
        const adj = Array.from({ length: n + 1 }, () => []);
        for (const [u, v] of edges) {
            adj[u].push(v);
            adj[v].push(u);
        }
        const color = new Int8Array(n + 1).fill(-1);
        let total = 0;
        for (let s = 1; s <= n; s++) {
            if (color[s] !== -1 || adj[s].length === 0) continue;
            color[s] = 0;
            const sides = [1, 0];
            const queue = [s];
            for (let h = 0; h < queue.length; h++) {
                const u = queue[h];
                for (const v of adj[u]) {
                    if (color[v] === -1) {
                        color[v] = color[u] ^ 1;
                        sides[color[v]]++;
                        queue.push(v);
                    } else if (color[v] === color[u]) {
                        return -1;
                    }
                }
            }
            total += Math.min(sides[0], sides[1]);
        }
        return total;
    }
}
