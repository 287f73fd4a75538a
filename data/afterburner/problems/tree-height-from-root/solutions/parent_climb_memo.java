class Solution {
    public int treeHeight(int n, int[][] edges) {
        List<List<Integer>> adj = new ArrayList<>();
        for (int v = 0; v <= n; v++) adj.add(new ArrayList<>());
        for (int[] e : edges) {
            adj.get(e[0]).add(e[1]);
            adj.get(e[1]).add(e[0]);
        }
        // orient the tree first: the parent of every vertex
        int[] parent = new int[n + 1], order = new int[n];
        parent[1] = -1;
        int cnt = 0;
        order[cnt++] = 1;
        for (int i = 0; i < cnt; i++) {
            int node = order[i];
            for (int nxt : adj.get(node))
                if (nxt != parent[node]) { parent[nxt] = node; order[cnt++] = nxt; }
        }
        // then climb from each vertex to the first known depth and fill in on the way back
        int[] depth = new int[n + 1];
        Arrays.fill(depth, -1);
        depth[1] = 0;
        int[] path = new int[n];
        int best = 0;
        for (int v = 1; v <= n; v++) {
            int len = 0, x = v;
            while (depth[x] < 0) { path[len++] = x; x = parent[x]; }
            int d = depth[x];
            while (len > 0) depth[path[--len]] = ++d;
            best = Math.max(best, depth[v]);
        }
        return best;
    }
}
