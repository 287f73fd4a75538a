class Solution {
    public int[] pathLengths(int n, int[][] edges, int[][] queries) {
        // adjacency in compressed form
        int[] start = new int[n + 2];
        for (int[] e : edges) { start[e[0] + 1]++; start[e[1] + 1]++; }
        for (int v = 1; v <= n + 1; v++) start[v] += start[v - 1];
        int[] adj = new int[2 * (n - 1)];
        int[] fill = Arrays.copyOf(start, n + 1);
        for (int[] e : edges) { adj[fill[e[0]]++] = e[1]; adj[fill[e[1]]++] = e[0]; }
        // Euler tour of depths: the LCA depth is the minimum between the first visits
        int[] depth = new int[n + 1], first = new int[n + 1], parent = new int[n + 1];
        int[] next = Arrays.copyOf(start, n + 1);
        int[] tour = new int[2 * n];
        int m = 0;
        tour[m++] = 0;
        int[] stack = new int[n];
        int sp = 0;
        stack[sp++] = 1;
        while (sp > 0) {
            int v = stack[sp - 1];
            if (next[v] < start[v + 1]) {
                int w = adj[next[v]++];
                if (w == parent[v]) continue;
                parent[w] = v;
                depth[w] = depth[v] + 1;
                first[w] = m;
                tour[m++] = depth[w];
                stack[sp++] = w;
            } else {
                sp--;
                if (sp > 0) tour[m++] = depth[stack[sp - 1]];
            }
        }
        int levels = 32 - Integer.numberOfLeadingZeros(m);
        int[][] table = new int[levels][];
        table[0] = Arrays.copyOf(tour, m);
        for (int k = 1; k < levels; k++) {
            int span = 1 << (k - 1);
            int[] prev = table[k - 1];
            int[] row = new int[m - (1 << k) + 1];
            for (int i = 0; i < row.length; i++) row[i] = Math.min(prev[i], prev[i + span]);
            table[k] = row;
        }
        int[] res = new int[queries.length];
        for (int i = 0; i < queries.length; i++) {
            int u = queries[i][0], v = queries[i][1];
            int l = Math.min(first[u], first[v]), r = Math.max(first[u], first[v]);
            int k = 31 - Integer.numberOfLeadingZeros(r - l + 1);
            int low = Math.min(table[k][l], table[k][r - (1 << k) + 1]);
            res[i] = depth[u] + depth[v] - 2 * low;
        }
        return res;
    }
}
