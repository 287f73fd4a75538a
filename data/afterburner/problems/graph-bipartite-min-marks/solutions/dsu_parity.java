class Solution {
    private int[] parent, parity, path;

    // returns the root; afterwards parity[x] is x's colour relative to it
    private int find(int x) {
        int len = 0;
        while (parent[x] != x) { path[len++] = x; x = parent[x]; }
        int acc = 0;
        for (int i = len - 1; i >= 0; i--) {
            int y = path[i];
            acc ^= parity[y];
            parity[y] = acc;
            parent[y] = x;
        }
        return x;
    }

    public int minimumMarked(int n, int[][] edges) {
        parent = new int[n + 1];
        parity = new int[n + 1];
        path = new int[n + 1];
        int[] size = new int[n + 1];
        for (int i = 0; i <= n; i++) { parent[i] = i; size[i] = 1; }
        for (int[] e : edges) {
            int u = e[0], v = e[1];
            int ru = find(u), rv = find(v);
            if (ru == rv) {
                if (parity[u] == parity[v]) return -1;
                continue;
            }
            if (size[ru] < size[rv]) { int t = ru; ru = rv; rv = t; t = u; u = v; v = t; }
            parent[rv] = ru;
            parity[rv] = parity[u] ^ parity[v] ^ 1;
            size[ru] += size[rv];
        }
        int[] ones = new int[n + 1];
        boolean[] touched = new boolean[n + 1];
        for (int[] e : edges) { touched[e[0]] = true; touched[e[1]] = true; }
        for (int x = 1; x <= n; x++)
            if (touched[x]) { int r = find(x); ones[r] += parity[x]; }
        int total = 0;
        for (int r = 1; r <= n; r++)
            if (parent[r] == r && touched[r]) total += Math.min(ones[r], size[r] - ones[r]);
        return total;
    }
}
