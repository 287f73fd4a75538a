class Solution {
    public int[] smallestOrder(int n, int[][] rules) {
        // a Fenwick tree counts available tasks; descend it to the first one
        int[] indeg = new int[n + 1], outdeg = new int[n + 1];
        for (int[] r : rules) {
            outdeg[r[0]]++;
            indeg[r[1]]++;
        }
        int[][] succ = new int[n + 1][];
        for (int v = 0; v <= n; v++) succ[v] = new int[outdeg[v]];
        for (int[] r : rules) succ[r[0]][--outdeg[r[0]]] = r[1];
        int[] tree = new int[n + 1];
        int available = 0;
        for (int v = 1; v <= n; v++)
            if (indeg[v] == 0) {
                for (int i = v; i <= n; i += i & -i) tree[i]++;
                available++;
            }
        int top = 1;
        while (top * 2 <= n) top *= 2;
        int[] order = new int[n];
        int k = 0;
        while (available > 0) {
            int pos = 0;
            for (int step = top; step > 0; step >>= 1)
                if (pos + step <= n && tree[pos + step] == 0) pos += step;
            int u = pos + 1;
            for (int i = u; i <= n; i += i & -i) tree[i]--;
            available--;
            order[k++] = u;
            for (int v : succ[u])
                if (--indeg[v] == 0) {
                    for (int i = v; i <= n; i += i & -i) tree[i]++;
                    available++;
                }
        }
        return k == n ? order : new int[0];
    }
}
