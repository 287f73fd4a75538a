class Solution {
    public int countBridges(int n, int[][] edges) {
        List<List<Integer>> graph = new ArrayList<>(n + 1);
        for (int i = 0; i <= n; i++) graph.add(new ArrayList<>());
        for (int[] e : edges) {
            graph.get(e[0]).add(e[1]);
            graph.get(e[1]).add(e[0]);
        }
        int[] disc = new int[n + 1], low = new int[n + 1], parent = new int[n + 1], next = new int[n + 1];
        int[] stack = new int[n];
        int sp = 0, clock = 0, found = 0;
        for (int root = 1; root <= n; root++) {
            if (disc[root] != 0) continue;
            disc[root] = low[root] = ++clock;
            stack[sp++] = root;
            while (sp > 0) {
                int u = stack[sp - 1];
                if (next[u] < graph.get(u).size()) {
                    int v = graph.get(u).get(next[u]++);
                    if (v == parent[u]) continue;
                    if (disc[v] != 0) {
                        low[u] = Math.min(low[u], disc[v]);
                    } else {
                        disc[v] = low[v] = ++clock;
                        parent[v] = u;
                        stack[sp++] = v;
                    }
                    continue;
                }
                sp--;
                if (sp > 0) {
                    int p = stack[sp - 1];
                    low[p] = Math.min(low[p], low[u]);
                    if (low[u] >= disc[p]) found++;
                }
            }
        }
        return found;
    }
}
