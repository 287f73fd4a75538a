class Solution {
    public int treeHeight(int n, int[][] edges) {
        // shortest distances from the root, every edge weighing 1
        List<List<Integer>> adj = new ArrayList<>();
        for (int v = 0; v <= n; v++) adj.add(new ArrayList<>());
        for (int[] e : edges) {
            adj.get(e[0]).add(e[1]);
            adj.get(e[1]).add(e[0]);
        }
        int[] dist = new int[n + 1];
        Arrays.fill(dist, Integer.MAX_VALUE);
        dist[1] = 0;
        PriorityQueue<int[]> heap = new PriorityQueue<>((x, y) -> Integer.compare(x[0], y[0]));
        heap.add(new int[]{0, 1});
        while (!heap.isEmpty()) {
            int[] top = heap.poll();
            int d = top[0], node = top[1];
            if (d > dist[node]) continue;
            for (int nxt : adj.get(node)) {
                if (d + 1 < dist[nxt]) {
                    dist[nxt] = d + 1;
                    heap.add(new int[]{d + 1, nxt});
                }
            }
        }
        int best = 0;
        for (int v = 1; v <= n; v++) best = Math.max(best, dist[v]);
        return best;
    }
}
