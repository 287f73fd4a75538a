class Solution {
    public int[] pathLengths(int n, int[][] edges, int[][] queries) {
        List<List<Integer>> adj = new ArrayList<>();
        for (int v = 0; v <= n; v++) adj.add(new ArrayList<>());
        for (int[] e : edges) {
            adj.get(e[0]).add(e[1]);
            adj.get(e[1]).add(e[0]);
        }
        int[] parent = new int[n + 1], depth = new int[n + 1], order = new int[n];
        int cnt = 0;
        order[cnt++] = 1;
        for (int i = 0; i < cnt; i++) {
            int v = order[i];
            for (int w : adj.get(v))
                if (w != parent[v]) {
                    parent[w] = v;
                    depth[w] = depth[v] + 1;
                    order[cnt++] = w;
                }
        }
        int[] size = new int[n + 1], heavy = new int[n + 1], head = new int[n + 1];
        Arrays.fill(size, 1);
        for (int i = n - 1; i > 0; i--) {
            int v = order[i], p = parent[v];
            size[p] += size[v];
            if (heavy[p] == 0 || size[v] > size[heavy[p]]) heavy[p] = v;
        }
        for (int i = 0; i < n; i++) {  // parents come before children in BFS order
            int v = order[i], p = parent[v];
            head[v] = (p != 0 && heavy[p] == v) ? head[p] : v;
        }
        int[] res = new int[queries.length];
        for (int i = 0; i < queries.length; i++) {
            int a = queries[i][0], b = queries[i][1];
            while (head[a] != head[b]) {
                if (depth[head[a]] > depth[head[b]]) a = parent[head[a]];
                else b = parent[head[b]];
            }
            int l = depth[a] < depth[b] ? a : b;
            res[i] = depth[queries[i][0]] + depth[queries[i][1]] - 2 * depth[l];
        }
        return res;
    }
}
