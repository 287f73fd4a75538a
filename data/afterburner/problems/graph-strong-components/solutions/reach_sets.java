class Solution {
    public int[] strongSummary(int n, int[][] arcs) {
        // each ungrouped vertex: its group is what it reaches that also reaches it back
        int[] fd = new int[n + 1], bd = new int[n + 1];
        for (int[] a : arcs) {
            fd[a[0]]++;
            bd[a[1]]++;
        }
        int[][] fwd = new int[n + 1][], bwd = new int[n + 1][];
        for (int v = 0; v <= n; v++) {
            fwd[v] = new int[fd[v]];
            bwd[v] = new int[bd[v]];
        }
        for (int[] a : arcs) {
            fwd[a[0]][--fd[a[0]]] = a[1];
            bwd[a[1]][--bd[a[1]]] = a[0];
        }
        boolean[] grouped = new boolean[n + 1];
        int[] markF = new int[n + 1], markB = new int[n + 1], stack = new int[n + 1];
        int groups = 0, largest = 0;
        for (int v = 1; v <= n; v++) {
            if (grouped[v]) continue;
            reach(v, fwd, markF, stack);
            reach(v, bwd, markB, stack);
            int size = 0;
            for (int w = 1; w <= n; w++)
                if (markF[w] == v && markB[w] == v) {
                    grouped[w] = true;
                    size++;
                }
            groups++;
            largest = Math.max(largest, size);
        }
        return new int[] {groups, largest};
    }

    private static void reach(int s, int[][] adj, int[] mark, int[] stack) {
        int sp = 0;
        mark[s] = s;
        stack[sp++] = s;
        while (sp > 0) {
            int v = stack[--sp];
            for (int w : adj[v])
                if (mark[w] != s) {
                    mark[w] = s;
                    stack[sp++] = w;
                }
        }
    }
}
