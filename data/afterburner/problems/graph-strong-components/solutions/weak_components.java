class Solution {
    private int[] parent;

    private int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    public int[] strongSummary(int n, int[][] arcs) {
        // group vertices with a union-find over the arcs
        parent = new int[n + 1];
        for (int i = 0; i <= n; i++) parent[i] = i;
        for (int[] a : arcs) parent[find(a[0])] = find(a[1]);
        int[] size = new int[n + 1];
        int groups = 0, largest = 0;
        for (int v = 1; v <= n; v++) {
            int r = find(v);
            if (size[r]++ == 0) groups++;
            largest = Math.max(largest, size[r]);
        }
        return new int[] {groups, largest};
    }
}
