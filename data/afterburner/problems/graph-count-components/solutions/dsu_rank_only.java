class Solution {
    public int countComponents(int n, int[][] edges) {
        // Union by rank keeps trees O(log n) deep; finds walk without compressing.
        int[] parent = new int[n + 1];
        int[] rank = new int[n + 1];
        for (int i = 0; i <= n; i++) parent[i] = i;
        int merges = 0;
        for (int[] e : edges) {
            int a = e[0], b = e[1];
            while (parent[a] != a) a = parent[a];
            while (parent[b] != b) b = parent[b];
            if (a == b) continue;
            if (rank[a] < rank[b]) { int t = a; a = b; b = t; }
            parent[b] = a;
            if (rank[a] == rank[b]) rank[a]++;
            merges++;
        }
        return n - merges;
    }
}
