class Solution {
    minimumMarked(n, edges) {
        // Adjacency packed into one typed array (counting sort by endpoint), then
        // an explicit-stack DFS colours each component.
        const start = new Int32Array(n + 2);
        for (const e of edges) { start[e[0] + 1]++; start[e[1] + 1]++; }
        for (let v = 1; v <= n + 1; v++) start[v] += start[v - 1];
        const adj = new Int32Array(2 * edges.length);
        const fill = start.slice(0, n + 1);
        for (const e of edges) {
            adj[fill[e[0]]++] = e[1];
            adj[fill[e[1]]++] = e[0];
        }
        const side = new Uint8Array(n + 1);
        const stack = new Int32Array(n + 1);
        let answer = 0;
        for (let r = 1; r <= n; r++) {
            if (side[r] || start[r] === start[r + 1]) continue;
            side[r] = 1;
            let c1 = 1, c2 = 0, top = 0;
            stack[top++] = r;
            while (top > 0) {
                const u = stack[--top];
                const other = 3 - side[u];
                for (let i = start[u]; i < start[u + 1]; i++) {
                    const v = adj[i];
                    if (!side[v]) {
                        side[v] = other;
                        if (other === 1) c1++; else c2++;
                        stack[top++] = v;
                    } else if (side[v] !== other) {
                        return -1;
                    }
                }
            }
            answer += Math.min(c1, c2);
        }
        return answer;
    }
}
