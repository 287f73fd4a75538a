class Solution {
    public int countBridges(int n, int[][] edges) {
        // BFS spanning forest; every non-tree edge u-v covers the tree path u..v.
        // With binary lifting for the LCA, add +1 at u and v and -2 at the LCA:
        // the subtree sum below a tree edge counts the edges covering it.
        int m = edges.length;
        List<List<int[]>> adj = new ArrayList<>(n + 1); // (neighbour, edge id)
        for (int i = 0; i <= n; i++) adj.add(new ArrayList<>());
        for (int i = 0; i < m; i++) {
            adj.get(edges[i][0]).add(new int[] {edges[i][1], i});
            adj.get(edges[i][1]).add(new int[] {edges[i][0], i});
        }
        int[] parent = new int[n + 1], depth = new int[n + 1], order = new int[n];
        Arrays.fill(depth, -1);
        boolean[] inTree = new boolean[m];
        int tail = 0;
        for (int root = 1; root <= n; root++) {
            if (depth[root] >= 0) continue;
            depth[root] = 0;
            parent[root] = root;
            int head = tail;
            order[tail++] = root;
            while (head < tail) {
                int u = order[head++];
                for (int[] arc : adj.get(u)) {
                    int v = arc[0];
                    if (depth[v] < 0) {
                        depth[v] = depth[u] + 1;
                        parent[v] = u;
                        inTree[arc[1]] = true;
                        order[tail++] = v;
                    }
                }
            }
        }
        int maxDepth = 0;
        for (int v = 1; v <= n; v++) maxDepth = Math.max(maxDepth, depth[v]);
        int levels = 1;
        while ((1 << levels) <= maxDepth) levels++;
        int[][] up = new int[levels][];
        up[0] = parent;
        for (int k = 1; k < levels; k++) {
            up[k] = new int[n + 1];
            for (int v = 0; v <= n; v++) up[k][v] = up[k - 1][up[k - 1][v]];
        }
        int[] cover = new int[n + 1];
        for (int i = 0; i < m; i++) {
            if (inTree[i]) continue;
            int u = edges[i][0], v = edges[i][1];
            cover[u]++;
            cover[v]++;
            cover[lca(u, v, depth, up)] -= 2;
        }
        int bridges = 0;
        for (int j = n - 1; j >= 0; j--) {
            int v = order[j];
            if (parent[v] == v) continue;
            cover[parent[v]] += cover[v];
            if (cover[v] == 0) bridges++;
        }
        return bridges;
    }

    private static int lca(int a, int b, int[] depth, int[][] up) {
        if (depth[a] < depth[b]) { int t = a; a = b; b = t; }
        for (int k = 0, diff = depth[a] - depth[b]; diff != 0; k++, diff >>= 1)
            if ((diff & 1) != 0) a = up[k][a];
        if (a == b) return a;
        for (int k = up.length - 1; k >= 0; k--) {
            if (up[k][a] != up[k][b]) {
                a = up[k][a];
                b = up[k][b];
            }
        }
        return up[0][a];
    }
}
