class Solution {
    private int[] heap, pos, dist;
    private int size;

    private void siftUp(int i) {
        int v = heap[i];
        while (i > 0) {
            int p = (i - 1) / 2;
            if (dist[heap[p]] <= dist[v]) break;
            heap[i] = heap[p];
            pos[heap[i]] = i;
            i = p;
        }
        heap[i] = v;
        pos[v] = i;
    }

    private void siftDown(int i) {
        int v = heap[i];
        for (;;) {
            int c = 2 * i + 1;
            if (c >= size) break;
            if (c + 1 < size && dist[heap[c + 1]] < dist[heap[c]]) c++;
            if (dist[heap[c]] >= dist[v]) break;
            heap[i] = heap[c];
            pos[heap[i]] = i;
            i = c;
        }
        heap[i] = v;
        pos[v] = i;
    }

    public int minCost(int n, int[][] arcs) {
        // Dijkstra with decrease-key: every vertex sits in the heap at most once
        List<List<int[]>> adj = new ArrayList<>();
        for (int i = 0; i <= n; i++) adj.add(new ArrayList<>());
        for (int[] a : arcs) adj.get(a[0]).add(new int[] {a[1], a[2]});
        heap = new int[n + 1];
        pos = new int[n + 1];
        dist = new int[n + 1];
        Arrays.fill(pos, -1);  // -1 never queued, -2 settled
        Arrays.fill(dist, Integer.MAX_VALUE);
        size = 0;
        dist[1] = 0;
        heap[size++] = 1;
        pos[1] = 0;
        while (size > 0) {
            int u = heap[0];
            pos[u] = -2;
            size--;
            if (size > 0) {
                heap[0] = heap[size];
                siftDown(0);
            }
            if (u == n) return dist[u];
            for (int[] e : adj.get(u)) {
                int v = e[0];
                if (pos[v] == -2 || dist[u] + e[1] >= dist[v]) continue;
                dist[v] = dist[u] + e[1];
                if (pos[v] == -1) {
                    heap[size] = v;
                    siftUp(size++);
                } else {
                    siftUp(pos[v]);
                }
            }
        }
        return -1;
    }
}
