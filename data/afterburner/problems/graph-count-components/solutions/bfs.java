class Solution {
    public int countComponents(int n, int[][] edges) {
        List<List<Integer>> adj = new ArrayList<>(n + 1);
        for (int i = 0; i <= n; i++) adj.add(new ArrayList<>());
        for (int[] e : edges) {
            adj.get(e[0]).add(e[1]);
            adj.get(e[1]).add(e[0]);
        }
        boolean[] seen = new boolean[n + 1];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        int components = 0;
        for (int s = 1; s <= n; s++) {
            if (seen[s]) continue;
            components++;
            seen[s] = true;
            queue.add(s);
            while (!queue.isEmpty()) {
                int x = queue.poll();
                for (int y : adj.get(x)) {
                    if (!seen[y]) {
                        seen[y] = true;
                        queue.add(y);
                    }
                }
            }
        }
        return components;
    }
}
