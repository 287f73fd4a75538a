class Solution {
    firstCycleEdge(n, edges) {
        // Union by rank bounds the depth by log n, so roots are found by plain walks.
        const parent = new Int32Array(n + 1);
        const rank = new Uint8Array(n + 1);
        for (let i = 0; i <= n; i++) parent[i] = i;
        for (let i = 0; i < edges.length; i++) {
            let a = edges[i][0], b = edges[i][1];
            while (parent[a] !== a) a = parent[a];
            while (parent[b] !== b) b = parent[b];
            if (a === b) return i + 1;
            if (rank[a] < rank[b]) [a, b] = [b, a];
            parent[b] = a;
            if (rank[a] === rank[b]) rank[a]++;
        }
        return 0;
    }
}
