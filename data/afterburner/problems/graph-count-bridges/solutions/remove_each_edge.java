class Solution {
    public int countBridges(int n, int[][] edges) {
        int m = edges.length;
        List<List<int[]>> adj = new ArrayList<>(n + 1); // (neighbour, edge id)
        for (int i = 0; i <= n; i++) adj.add(new ArrayList<>());
        for (int i = 0; i < m; i++) {
            adj.get(edges[i][0]).add(new int[] {edges[i][1], i});
            adj.get(edges[i][1]).add(new int[] {edges[i][0], i});
        }
        int[] seen = new int[n + 1], stack = new int[n];
        Arrays.fill(seen, -1);
        int count = 0;
        for (int banned = 0; banned < m; banned++) {
            // can v still be reached from u without edge `banned`?
            int u = edges[banned][0], v = edges[banned][1];
            boolean reached = false;
            int sp = 0;
            seen[u] = banned;
            stack[sp++] = u;
            while (sp > 0 && !reached) {
                int x = stack[--sp];
                for (int[] arc : adj.get(x)) {
                    int y = arc[0];
                    if (arc[1] == banned || seen[y] == banned) continue;
                    if (y == v) {
                        reached = true;
                        break;
                    }
                    seen[y] = banned;
                    stack[sp++] = y;
                }
            }
            if (!reached) count++;
        }
        return count;
    }
}
