class Solution {
    public int minCost(int n, int[][] arcs) {
        // costs are at most 100: a ring of 101 buckets replaces the heap
        final int W = 100;
        int m = arcs.length;
        int[] head = new int[n + 1], next = new int[m];
        Arrays.fill(head, -1);
        for (int i = 0; i < m; i++) {
            next[i] = head[arcs[i][0]];
            head[arcs[i][0]] = i;
        }
        int[] dist = new int[n + 1];
        Arrays.fill(dist, Integer.MAX_VALUE);
        boolean[] done = new boolean[n + 1];
        int[][] ring = new int[W + 1][16];
        int[] size = new int[W + 1];
        dist[1] = 0;
        ring[0][size[0]++] = 1;
        long pending = 1;
        for (int d = 0; pending > 0; d++) {
            int b = d % (W + 1);
            while (size[b] > 0) {
                int u = ring[b][--size[b]];
                pending--;
                if (done[u] || dist[u] != d) continue;
                done[u] = true;
                if (u == n) return d;
                for (int i = head[u]; i >= 0; i = next[i]) {
                    int v = arcs[i][1], nd = d + arcs[i][2];
                    if (done[v] || nd >= dist[v]) continue;
                    dist[v] = nd;
                    int nb = nd % (W + 1);
                    if (size[nb] == ring[nb].length) ring[nb] = Arrays.copyOf(ring[nb], size[nb] * 2);
                    ring[nb][size[nb]++] = v;
                    pending++;
                }
            }
        }
        return -1;
    }
}
