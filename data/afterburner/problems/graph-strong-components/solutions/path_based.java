class Solution {
    public int[] strongSummary(int n, int[][] arcs) {
        // path-based search (Gabow): stack S of vertices, stack P of group boundaries
        int[] deg = new int[n + 1];
        for (int[] a : arcs) deg[a[0]]++;
        int[][] adj = new int[n + 1][];
        for (int v = 0; v <= n; v++) adj[v] = new int[deg[v]];
        for (int[] a : arcs) adj[a[0]][--deg[a[0]]] = a[1];
        int[] pre = new int[n + 1], ptr = new int[n + 1];
        int[] S = new int[n], P = new int[n], call = new int[n];
        boolean[] assigned = new boolean[n + 1];
        int sp = 0, pp = 0, cp = 0, counter = 0, groups = 0, largest = 0;
        for (int root = 1; root <= n; root++) {
            if (pre[root] != 0) continue;
            pre[root] = ++counter;
            S[sp++] = root;
            P[pp++] = root;
            call[cp++] = root;
            while (cp > 0) {
                int v = call[cp - 1];
                if (ptr[v] < adj[v].length) {
                    int w = adj[v][ptr[v]++];
                    if (pre[w] == 0) {
                        pre[w] = ++counter;
                        S[sp++] = w;
                        P[pp++] = w;
                        call[cp++] = w;
                    } else if (!assigned[w]) {
                        while (pre[P[pp - 1]] > pre[w]) pp--;
                    }
                    continue;
                }
                cp--;
                if (P[pp - 1] == v) {
                    pp--;
                    int size = 0, w;
                    do {
                        w = S[--sp];
                        assigned[w] = true;
                        size++;
                    } while (w != v);
                    groups++;
                    largest = Math.max(largest, size);
                }
            }
        }
        return new int[] {groups, largest};
    }
}
