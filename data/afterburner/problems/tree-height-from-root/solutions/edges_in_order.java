class Solution {
    public int treeHeight(int n, int[][] edges) {
        // one pass over the edges: an edge extends the depth of whichever end is known
        int[] depth = new int[n + 1];
        Arrays.fill(depth, -1);
        depth[1] = 0;
        int best = 0;
        for (int[] e : edges) {
            int u = e[0], v = e[1];
            if (depth[u] >= 0 && depth[v] < 0) depth[v] = depth[u] + 1;
            else if (depth[v] >= 0 && depth[u] < 0) depth[u] = depth[v] + 1;
            best = Math.max(best, Math.max(depth[u], depth[v]));
        }
        return best;
    }
}
