class Solution {
    public int countComponents(int n, int[][] edges) {
        // Sweep the edges, pushing the smaller label across each, until nothing changes.
        int[] label = new int[n + 1];
        for (int v = 0; v <= n; v++) label[v] = v;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] e : edges) {
                int a = label[e[0]], b = label[e[1]];
                if (a < b) { label[e[1]] = a; changed = true; }
                else if (b < a) { label[e[0]] = b; changed = true; }
            }
        }
        int count = 0;
        for (int v = 1; v <= n; v++)
            if (label[v] == v) count++;
        return count;
    }
}
