class Solution {
    public int minimumMarked(int n, int[][] edges) {
        // Sweep the edges until stable: a vertex adopts a smaller component label
        // from a neighbour together with the opposite colour.
        int[] label = new int[n + 1], color = new int[n + 1];
        for (int i = 0; i <= n; i++) label[i] = i;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] e : edges) {
                int u = e[0], v = e[1];
                if (label[u] < label[v]) { label[v] = label[u]; color[v] = color[u] ^ 1; changed = true; }
                else if (label[v] < label[u]) { label[u] = label[v]; color[u] = color[v] ^ 1; changed = true; }
            }
        }
        int[] ones = new int[n + 1], members = new int[n + 1];
        boolean[] touched = new boolean[n + 1];
        for (int[] e : edges) {
            if (color[e[0]] == color[e[1]]) return -1;
            touched[e[0]] = true;
            touched[e[1]] = true;
        }
        for (int x = 1; x <= n; x++)
            if (touched[x]) { members[label[x]]++; ones[label[x]] += color[x]; }
        int total = 0;
        for (int r = 1; r <= n; r++) total += Math.min(ones[r], members[r] - ones[r]);
        return total;
    }
}
