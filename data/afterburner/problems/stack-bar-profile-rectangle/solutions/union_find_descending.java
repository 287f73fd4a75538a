class Solution {
    private int[] parent, size;

    private int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    public long largestRectangle(int[] heights) {
        // switch bars on from tallest to shortest and join neighbouring blocks
        int n = heights.length;
        parent = new int[n];
        size = new int[n];
        boolean[] active = new boolean[n];
        // sort indices by height (descending) via packed longs
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
            keys[i] = ((long) heights[i] << 20) | i;
        }
        Arrays.sort(keys);
        long best = 0;
        for (int t = n - 1; t >= 0; t--) {
            int i = (int) (keys[t] & ((1 << 20) - 1));
            active[i] = true;
            for (int nb = i - 1; nb <= i + 1; nb += 2) {
                if (nb < 0 || nb >= n || !active[nb]) continue;
                int a = find(i), b = find(nb);
                if (a == b) continue;
                if (size[a] < size[b]) { int tmp = a; a = b; b = tmp; }
                parent[b] = a;
                size[a] += size[b];
            }
            best = Math.max(best, (long) heights[i] * size[find(i)]);
        }
        return best;
    }
}
