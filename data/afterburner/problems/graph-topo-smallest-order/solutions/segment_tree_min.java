class Solution {
    public int[] smallestOrder(int n, int[][] rules) {
        // a segment tree over task numbers holds the smallest available task
        int[] indeg = new int[n + 1], outdeg = new int[n + 1];
        for (int[] r : rules) {
            outdeg[r[0]]++;
            indeg[r[1]]++;
        }
        int[][] succ = new int[n + 1][];
        for (int v = 0; v <= n; v++) succ[v] = new int[outdeg[v]];
        for (int[] r : rules) succ[r[0]][--outdeg[r[0]]] = r[1];
        int size = 1;
        while (size < n + 1) size *= 2;
        final int INF = n + 1;
        int[] seg = new int[2 * size];
        Arrays.fill(seg, INF);
        for (int v = 1; v <= n; v++)
            if (indeg[v] == 0) seg[size + v] = v;
        for (int i = size - 1; i > 0; i--) seg[i] = Math.min(seg[2 * i], seg[2 * i + 1]);
        int[] order = new int[n];
        int k = 0;
        while (seg[1] != INF) {
            int u = seg[1];
            order[k++] = u;
            setLeaf(seg, size, u, INF);
            for (int v : succ[u])
                if (--indeg[v] == 0) setLeaf(seg, size, v, v);
        }
        return k == n ? order : new int[0];
    }

    private static void setLeaf(int[] seg, int size, int i, int value) {
        i += size;
        seg[i] = value;
        for (i >>= 1; i > 0; i >>= 1) seg[i] = Math.min(seg[2 * i], seg[2 * i + 1]);
    }
}
