class Solution {
    public int[] strongSummary(int n, int[][] arcs) {
        // adjacency in compressed rows
        int[] start = new int[n + 2], to = new int[arcs.length];
        for (int[] a : arcs) start[a[0] + 1]++;
        for (int v = 1; v <= n + 1; v++) start[v] += start[v - 1];
        int[] fill = start.clone();
        for (int[] a : arcs) to[fill[a[0]]++] = a[1];
        int[] index = new int[n + 1], low = new int[n + 1], ptr = new int[n + 1];
        int[] stack = new int[n], call = new int[n];
        boolean[] onStack = new boolean[n + 1];
        int sp = 0, cp = 0, counter = 0, groups = 0, largest = 0;
        for (int root = 1; root <= n; root++) {
            if (index[root] != 0) continue;
            index[root] = low[root] = ++counter;
            ptr[root] = start[root];
            stack[sp++] = root;
            onStack[root] = true;
            call[cp++] = root;
            while (cp > 0) {
                int v = call[cp - 1];
                if (ptr[v] < start[v + 1]) {
                    int w = to[ptr[v]++];
                    if (index[w] == 0) {
                        index[w] = low[w] = ++counter;
                        ptr[w] = start[w];
                        stack[sp++] = w;
                        onStack[w] = true;
                        call[cp++] = w;
                    } else if (onStack[w] && index[w] < low[v]) {
                        low[v] = index[w];
                    }
                    continue;
                }
                cp--;
                if (cp > 0 && low[v] < low[call[cp - 1]]) low[call[cp - 1]] = low[v];
                if (low[v] == index[v]) {
                    int size = 0, w;
                    do {
                        w = stack[--sp];
                        onStack[w] = false;
                        size++;
                    } while (w != v);
                    groups++;
                    largest = Math.max(largest, size);
                }
            }
        }
        return new int[] {groups, largest};
    }
}
