class Solution {
    public int countBridges(int n, int[][] edges) {
        // adjacency in compressed rows; every arc keeps its edge id, so the search
        // skips exactly the edge it entered a vertex by
        int m = edges.length;
        int[] start = new int[n + 2], to = new int[2 * m], id = new int[2 * m];
        for (int[] e : edges) {
            start[e[0] + 1]++;
            start[e[1] + 1]++;
        }
        for (int v = 1; v <= n + 1; v++) start[v] += start[v - 1];
        int[] fill = start.clone();
        for (int i = 0; i < m; i++) {
            int u = edges[i][0], v = edges[i][1];
            to[fill[u]] = v;
            id[fill[u]++] = i;
            to[fill[v]] = u;
            id[fill[v]++] = i;
        }
        int[] disc = new int[n + 1], low = new int[n + 1], ptr = new int[n + 1], via = new int[n + 1];
        int[] call = new int[n];
        int cp = 0, timer = 0, bridges = 0;
        for (int root = 1; root <= n; root++) {
            if (disc[root] != 0) continue;
            disc[root] = low[root] = ++timer;
            ptr[root] = start[root];
            via[root] = -1;
            call[cp++] = root;
            while (cp > 0) {
                int u = call[cp - 1];
                if (ptr[u] < start[u + 1]) {
                    int k = ptr[u]++;
                    if (id[k] == via[u]) continue;
                    int v = to[k];
                    if (disc[v] != 0) {
                        if (disc[v] < low[u]) low[u] = disc[v];
                    } else {
                        disc[v] = low[v] = ++timer;
                        ptr[v] = start[v];
                        via[v] = id[k];
                        call[cp++] = v;
                    }
                    continue;
                }
                cp--;
                if (cp > 0) {
                    int p = call[cp - 1];
                    if (low[u] < low[p]) low[p] = low[u];
                    if (low[u] > disc[p]) bridges++;
                }
            }
        }
        return bridges;
    }
}
