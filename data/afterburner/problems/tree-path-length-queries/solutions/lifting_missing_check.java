class Solution {
    public int[] pathLengths(int n, int[][] edges, int[][] queries) {
        List<List<Integer>> adj = new ArrayList<>();
        for (int v = 0; v <= n; v++) adj.add(new ArrayList<>());
        for (int[] e : edges) {
            adj.get(e[0]).add(e[1]);
            adj.get(e[1]).add(e[0]);
        }
        int LOG = 1;
        while ((1 << LOG) < n) LOG++;
        int[][] up = new int[LOG][n + 1];
        int[] depth = new int[n + 1];
        Arrays.fill(depth, -1);
        int[] queue = new int[n];
        int tail = 0;
        queue[tail++] = 1;
        depth[1] = 0;
        up[0][1] = 1;
        for (int h = 0; h < tail; h++) {
            int x = queue[h];
            for (int y : adj.get(x))
                if (depth[y] < 0) {
                    depth[y] = depth[x] + 1;
                    up[0][y] = x;
                    queue[tail++] = y;
                }
        }
        for (int k = 1; k < LOG; k++)
            for (int v = 1; v <= n; v++) up[k][v] = up[k - 1][up[k - 1][v]];
        int[] res = new int[queries.length];
        for (int i = 0; i < queries.length; i++) {
            int a = queries[i][0], b = queries[i][1];
            if (depth[a] < depth[b]) { int t = a; a = b; b = t; }
            for (int k = LOG - 1; k >= 0; k--)
                if (depth[a] - (1 << k) >= depth[b]) a = up[k][a];
            for (int k = LOG - 1; k >= 0; k--)
                if (up[k][a] != up[k][b]) { a = up[k][a]; b = up[k][b]; }
            int l = up[0][a];
            res[i] = depth[queries[i][0]] + depth[queries[i][1]] - 2 * depth[l];
        }
        return res;
    }
}
