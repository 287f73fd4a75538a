class Solution {
    public int treeHeight(int n, int[][] edges) {
        List<List<Integer>> adj = new ArrayList<>();
        for (int v = 0; v <= n; v++) adj.add(new ArrayList<>());
        for (int[] e : edges) {
            adj.get(e[0]).add(e[1]);
            adj.get(e[1]).add(e[0]);
        }
        int[] parent = new int[n + 1];
        parent[1] = -1;
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        stack.push(1);
        while (!stack.isEmpty()) {
            int node = stack.pop();
            for (int nxt : adj.get(node))
                if (nxt != parent[node]) { parent[nxt] = node; stack.push(nxt); }
        }
        // walk from every vertex up to the root and keep the longest walk
        int best = 0;
        for (int v = 2; v <= n; v++) {
            int steps = 0;
            for (int x = v; x != 1; x = parent[x]) steps++;
            best = Math.max(best, steps);
        }
        return best;
    }
}
