class Solution {
    public int countComponents(int n, int[][] edges) {
        // Both directions of every edge packed as (from << 20 | to) and sorted, so
        // each vertex's neighbours form one run; then an explicit-stack DFS.
        int m = edges.length;
        long[] arcs = new long[2 * m];
        for (int i = 0; i < m; i++) {
            arcs[2 * i] = ((long) edges[i][0] << 20) | edges[i][1];
            arcs[2 * i + 1] = ((long) edges[i][1] << 20) | edges[i][0];
        }
        Arrays.sort(arcs);
        int[] first = new int[n + 2];
        Arrays.fill(first, 2 * m);
        for (int i = 2 * m - 1; i >= 0; i--) first[(int) (arcs[i] >> 20)] = i;
        for (int v = n; v >= 0; v--) if (first[v] > first[v + 1]) first[v] = first[v + 1];
        boolean[] seen = new boolean[n + 1];
        int[] stack = new int[n + 1];
        int components = 0;
        for (int s = 1; s <= n; s++) {
            if (seen[s]) continue;
            components++;
            seen[s] = true;
            int top = 0;
            stack[top++] = s;
            while (top > 0) {
                int x = stack[--top];
                for (int i = first[x]; i < first[x + 1]; i++) {
                    int y = (int) (arcs[i] & 0xFFFFF);
                    if (!seen[y]) { seen[y] = true; stack[top++] = y; }
                }
            }
        }
        return components;
    }
}
