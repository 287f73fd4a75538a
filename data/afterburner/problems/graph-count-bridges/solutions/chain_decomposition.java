class Solution {
    public int countBridges(int n, int[][] edges) {
        // Build a DFS forest; every back edge marks the tree path it spans as
        // "on a cycle", walking up until an already visited vertex. Tree edges
        // that stay unmarked are the bridges.
        List<List<Integer>> adj = new ArrayList<>(n + 1);
        for (int i = 0; i <= n; i++) adj.add(new ArrayList<>());
        for (int[] e : edges) {
            adj.get(e[0]).add(e[1]);
            adj.get(e[1]).add(e[0]);
        }
        int[] order = new int[n + 1], parent = new int[n + 1], next = new int[n + 1];
        List<Integer> preorder = new ArrayList<>(n);
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        int t = 0;
        for (int root = 1; root <= n; root++) {
            if (order[root] != 0) continue;
            order[root] = ++t;
            preorder.add(root);
            stack.push(root);
            while (!stack.isEmpty()) {
                int u = stack.peek();
                List<Integer> around = adj.get(u);
                if (next[u] == around.size()) {
                    stack.pop();
                    continue;
                }
                int v = around.get(next[u]++);
                if (order[v] == 0) {
                    order[v] = ++t;
                    parent[v] = u;
                    preorder.add(v);
                    stack.push(v);
                }
            }
        }
        boolean[] visited = new boolean[n + 1];
        boolean[] onCycle = new boolean[n + 1]; // onCycle[v]: the edge v-parent[v] is covered
        for (int u : preorder) {
            visited[u] = true;
            for (int v : adj.get(u)) {
                // back edge u -> v with v a descendant of u (entered later, not a child)
                if (order[v] > order[u] && parent[v] != u) {
                    for (int x = v; !visited[x]; x = parent[x]) {
                        visited[x] = true;
                        onCycle[x] = true;
                    }
                }
            }
        }
        int bridges = 0;
        for (int v = 1; v <= n; v++)
            if (parent[v] != 0 && !onCycle[v]) bridges++;
        return bridges;
    }
}
