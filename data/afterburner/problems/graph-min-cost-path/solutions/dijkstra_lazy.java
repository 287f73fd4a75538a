class Solution {
    public int minCost(int n, int[][] arcs) {
        // adjacency in compressed rows: start[u] .. start[u + 1]
        int m = arcs.length;
        int[] start = new int[n + 2], to = new int[m], cost = new int[m];
        for (int[] a : arcs) start[a[0] + 1]++;
        for (int u = 1; u <= n + 1; u++) start[u] += start[u - 1];
        int[] fill = start.clone();
        for (int[] a : arcs) {
            int i = fill[a[0]]++;
            to[i] = a[1];
            cost[i] = a[2];
        }
        int[] dist = new int[n + 1];
        Arrays.fill(dist, Integer.MAX_VALUE);
        // heap entries pack (distance, vertex) into one long
        PriorityQueue<Long> pq = new PriorityQueue<>();
        dist[1] = 0;
        pq.add(1L);
        while (!pq.isEmpty()) {
            long top = pq.poll();
            int d = (int) (top >>> 32), u = (int) (top & 0xffffffffL);
            if (d > dist[u]) continue;
            if (u == n) return d;
            for (int i = start[u]; i < start[u + 1]; i++) {
                int nd = d + cost[i];
                if (nd < dist[to[i]]) {
                    dist[to[i]] = nd;
                    pq.add(((long) nd << 32) | to[i]);
                }
            }
        }
        return -1;
    }
}
