class Solution {
    countComponents(n, edges) {
        // Union by rank keeps trees O(log n) deep; finds walk without compressing.
        const parent = new Int32Array(n + 1);
        const rank = new Uint8Array(n + 1);
        for (let i = 0; i <= n; i++) parent[i] = i;
        let merges = 0;
        for (const e of edges) {
            let a = e[0], b = e[1];
            while (parent[a] !== a) a = parent[a];
            while (parent[b] !== b) b = parent[b];
            if (a === b) continue;
            if (rank[a] < rank[b]) [a, b] = [b, a];
            parent[b] = a;
            if (rank[a] === rank[b]) rank[a]++;
            merges++;
        }
        return n - merges;
    }
}
