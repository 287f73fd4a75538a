class Solution {
    firstCycleEdge(n, edges) {
        // Flags an edge whose two endpoints were both touched before.
        const seen = new Uint8Array(n + 1);
        for (let i = 0; i < edges.length; i++) {
            const [u, v] = edges[i];
            if (u === v || (seen[u] && seen[v])) return i + 1;
            seen[u] = 1;
            seen[v] = 1;
        }
        return 0;
    }
}
