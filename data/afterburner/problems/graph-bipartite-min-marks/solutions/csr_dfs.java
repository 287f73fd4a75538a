class Solution {
    public int minimumMarked(int n, int[][] edges) {
        // Adjacency packed into one array (counting sort by endpoint), then an
        // explicit-stack DFS colours each component.
        int[] start = new int[n + 2];
        for (int[] e : edges) { start[e[0] + 1]++; start[e[1] + 1]++; }
        for (int v = 1; v <= n + 1; v++) start[v] += start[v - 1];
        int[] adj = new int[2 * edges.length];
        int[] fill = Arrays.copyOf(start, n + 1);
        for (int[] e : edges) {
            adj[fill[e[0]]++] = e[1];
            adj[fill[e[1]]++] = e[0];
        }
        byte[] side = new byte[n + 1];
        int[] stack = new int[n + 1];
        int answer = 0;
        for (int r = 1; r <= n; r++) {
            if (side[r] != 0 || start[r] == start[r + 1]) continue;
            side[r] = 1;
            int[] count = {0, 1, 0};
            int top = 0;
            stack[top++] = r;
            while (top > 0) {
                int u = stack[--top];
                int other = 3 - side[u];
                for (int i = start[u]; i < start[u + 1]; i++) {
                    int v = adj[i];
                    if (side[v] == 0) { side[v] = (byte) other; count[other]++; stack[top++] = v; }
                    else if (side[v] != other) return -1;
                }
            }
            answer += Math.min(count[1], count[2]);
        }
        return answer;
    }
}
