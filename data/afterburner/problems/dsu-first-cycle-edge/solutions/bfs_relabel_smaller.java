class Solution {
    public int firstCycleEdge(int n, int[][] edges) {
        // Component id per vertex; a join re-labels the smaller side by a BFS
        // over the edges added so far.
        int[] comp = new int[n + 1];
        int[] size = new int[n + 1];
        for (int i = 0; i <= n; i++) { comp[i] = i; size[i] = 1; }
        // adjacency as linked edge lists in flat arrays
        int m = edges.length;
        int[] head = new int[n + 1];
        Arrays.fill(head, -1);
        int[] to = new int[2 * m], next = new int[2 * m];
        int used = 0;
        int[] queue = new int[n + 1];
        for (int i = 0; i < m; i++) {
            int u = edges[i][0], v = edges[i][1];
            int cu = comp[u], cv = comp[v];
            if (cu == cv) return i + 1;
            if (size[cu] > size[cv]) { int t = u; u = v; v = t; t = cu; cu = cv; cv = t; }
            size[cv] += size[cu];
            comp[u] = cv;
            int qh = 0, qt = 0;
            queue[qt++] = u;
            while (qh < qt) {
                int x = queue[qh++];
                for (int e = head[x]; e >= 0; e = next[e]) {
                    int y = to[e];
                    if (comp[y] == cu) { comp[y] = cv; queue[qt++] = y; }
                }
            }
            to[used] = v; next[used] = head[u]; head[u] = used++;
            to[used] = u; next[used] = head[v]; head[v] = used++;
        }
        return 0;
    }
}
