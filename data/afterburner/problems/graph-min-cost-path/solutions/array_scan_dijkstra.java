class Solution {
    public int minCost(int n, int[][] arcs) {
        // Dijkstra without a heap: scan all vertices for the closest unsettled one
        List<List<int[]>> adj = new ArrayList<>();
        for (int i = 0; i <= n; i++) adj.add(new ArrayList<>());
        for (int[] a : arcs) adj.get(a[0]).add(new int[] {a[1], a[2]});
        long[] dist = new long[n + 1];
        Arrays.fill(dist, Long.MAX_VALUE);
        boolean[] done = new boolean[n + 1];
        dist[1] = 0;
        for (;;) {
            int u = -1;
            for (int v = 1; v <= n; v++)
                if (!done[v] && dist[v] != Long.MAX_VALUE && (u < 0 || dist[v] < dist[u])) u = v;
            if (u < 0) return -1;
            if (u == n) return (int) dist[u];
            done[u] = true;
            for (int[] e : adj.get(u))
                if (dist[u] + e[1] < dist[e[0]]) dist[e[0]] = dist[u] + e[1];
        }
    }
}
