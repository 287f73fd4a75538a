class Solution {
    public int firstCycleEdge(int n, int[][] edges) {
        // Before adding each edge, search from one endpoint for the other.
        List<List<Integer>> adj = new ArrayList<>(n + 1);
        for (int i = 0; i <= n; i++) adj.add(new ArrayList<>());
        int[] mark = new int[n + 1];
        int[] stack = new int[n + 1];
        for (int i = 0; i < edges.length; i++) {
            int u = edges[i][0], v = edges[i][1];
            int stamp = i + 1;
            int top = 0;
            mark[u] = stamp;
            stack[top++] = u;
            while (top > 0) {
                int x = stack[--top];
                if (x == v) return stamp;
                for (int y : adj.get(x)) {
                    if (mark[y] != stamp) { mark[y] = stamp; stack[top++] = y; }
                }
            }
            adj.get(u).add(v);
            adj.get(v).add(u);
        }
        return 0;
    }
}
