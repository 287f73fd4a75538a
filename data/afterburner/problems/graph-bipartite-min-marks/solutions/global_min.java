class Solution {
    public int minimumMarked(int n, int[][] edges) {
        // Colours everything, then marks the smaller colour class over the whole graph.
        List<List<Integer>> adj = new ArrayList<>(n + 1);
        for (int i = 0; i <= n; i++) adj.add(new ArrayList<>());
        for (int[] e : edges) { adj.get(e[0]).add(e[1]); adj.get(e[1]).add(e[0]); }
        int[] color = new int[n + 1];
        Arrays.fill(color, -1);
        int[] count = {0, 0};
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int s = 1; s <= n; s++) {
            if (color[s] != -1 || adj.get(s).isEmpty()) continue;
            color[s] = 0;
            count[0]++;
            queue.add(s);
            while (!queue.isEmpty()) {
                int u = queue.poll();
                for (int v : adj.get(u)) {
                    if (color[v] == -1) { color[v] = 1 - color[u]; count[color[v]]++; queue.add(v); }
                    else if (color[v] == color[u]) return -1;
                }
            }
        }
        return Math.min(count[0], count[1]);
    }
}
