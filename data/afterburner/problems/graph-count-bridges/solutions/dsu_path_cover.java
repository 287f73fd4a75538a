class Solution {
    private int[] jump; // jump[v]: towards the highest vertex reachable over covered edges

    private int top(int x) {
        int r = x;
        while (jump[r] != r) r = jump[r];
        while (jump[x] != r) {
            int next = jump[x];
            jump[x] = r;
            x = next;
        }
        return r;
    }

    public int countBridges(int n, int[][] edges) {
        // Spanning forest by an explicit-stack search; each non-tree edge covers
        // its tree path. A union-find jumps over tree edges already covered, so
        // every tree edge is covered at most once.
        int m = edges.length;
        List<List<int[]>> adj = new ArrayList<>(n + 1); // (neighbour, edge id)
        for (int i = 0; i <= n; i++) adj.add(new ArrayList<>());
        for (int i = 0; i < m; i++) {
            adj.get(edges[i][0]).add(new int[] {edges[i][1], i});
            adj.get(edges[i][1]).add(new int[] {edges[i][0], i});
        }
        int[] parent = new int[n + 1], depth = new int[n + 1], stack = new int[n];
        Arrays.fill(depth, -1);
        boolean[] isTree = new boolean[m];
        int bridges = 0;
        for (int root = 1; root <= n; root++) {
            if (depth[root] >= 0) continue;
            depth[root] = 0;
            int sp = 0;
            stack[sp++] = root;
            while (sp > 0) {
                int u = stack[--sp];
                for (int[] arc : adj.get(u)) {
                    int v = arc[0];
                    if (depth[v] < 0) {
                        depth[v] = depth[u] + 1;
                        parent[v] = u;
                        isTree[arc[1]] = true;
                        bridges++;
                        stack[sp++] = v;
                    }
                }
            }
        }
        jump = new int[n + 1];
        for (int v = 0; v <= n; v++) jump[v] = v;
        for (int i = 0; i < m; i++) {
            if (isTree[i]) continue;
            int a = top(edges[i][0]), b = top(edges[i][1]);
            while (a != b) {
                if (depth[a] < depth[b]) { int t = a; a = b; b = t; }
                jump[a] = parent[a]; // cover the edge a - parent[a]
                bridges--;
                a = top(a);
            }
        }
        return bridges;
    }
}
