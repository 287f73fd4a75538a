class Solution {
    private int[] parent;

    private int find(int x) {
        while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; }
        return x;
    }

    public String reachableUnder(int n, int[][] edges, int[][] queries) {
        // For every query, build fresh disjoint sets from the edges under the cap.
        parent = new int[n + 1];
        StringBuilder sb = new StringBuilder(queries.length);
        for (int[] q : queries) {
            for (int i = 0; i <= n; i++) parent[i] = i;
            for (int[] e : edges)
                if (e[2] <= q[2]) parent[find(e[0])] = find(e[1]);
            sb.append(find(q[0]) == find(q[1]) ? '1' : '0');
        }
        return sb.toString();
    }
}
