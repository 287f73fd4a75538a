class Solution {
    firstCycleEdge(n, edges) {
        const parent = new Int32Array(n + 1);
        const size = new Int32Array(n + 1).fill(1);
        for (let i = 0; i <= n; i++) parent[i] = i;
        for (let i = 0; i < edges.length; i++) {
            let a = edges[i][0], b = edges[i][1];
            while (parent[a] !== a) { parent[a] = parent[parent[a]]; a = parent[a]; }
            while (parent[b] !== b) { parent[b] = parent[parent[b]]; b = parent[b]; }
            if (a === b) return i + 1;
            if (size[a] < size[b]) [a, b] = [b, a];
            parent[b] = a;
            size[a] += size[b];
        }
        return 0;
    }
}
