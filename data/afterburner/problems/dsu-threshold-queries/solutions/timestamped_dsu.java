class Solution {
    public String reachableUnder(int n, int[][] edges, int[][] queries) {
        // Union by size without compression; every link keeps the weight that made
        // it, so a query climbs only links of weight <= t. Depth stays O(log n).
        int[] parent = new int[n + 1], size = new int[n + 1], linkW = new int[n + 1];
        for (int i = 0; i <= n; i++) { parent[i] = i; size[i] = 1; }
        int[][] es = edges.clone();
        Arrays.sort(es, (a, b) -> Integer.compare(a[2], b[2]));
        for (int[] e : es) {
            int a = e[0], b = e[1];
            while (parent[a] != a) a = parent[a];
            while (parent[b] != b) b = parent[b];
            if (a == b) continue;
            if (size[a] < size[b]) { int tmp = a; a = b; b = tmp; }
            parent[b] = a;
            linkW[b] = e[2];
            size[a] += size[b];
        }
        StringBuilder sb = new StringBuilder(queries.length);
        for (int[] q : queries) {
            int a = q[0], b = q[1], t = q[2];
            while (parent[a] != a && linkW[a] <= t) a = parent[a];
            while (parent[b] != b && linkW[b] <= t) b = parent[b];
            sb.append(a == b ? '1' : '0');
        }
        return sb.toString();
    }
}
