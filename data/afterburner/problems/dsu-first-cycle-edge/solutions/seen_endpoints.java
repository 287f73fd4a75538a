class Solution {
    public int firstCycleEdge(int n, int[][] edges) {
        // Flags an edge whose two endpoints were both touched before.
        boolean[] seen = new boolean[n + 1];
        for (int i = 0; i < edges.length; i++) {
            int u = edges[i][0], v = edges[i][1];
            if (u == v || (seen[u] && seen[v])) return i + 1;
            seen[u] = true;
            seen[v] = true;
        }
        return 0;
    }
}
