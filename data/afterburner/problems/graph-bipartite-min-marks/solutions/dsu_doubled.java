class Solution {
    private int[] parent;

    private int find(int x) {
        while (parent[x] != x) { parent[x] = parent[parent[x]]; x = parent[x]; }
        return x;
    }

    private void unite(int a, int b) {
        a = find(a);
        b = find(b);
        if (a != b) parent[a] = b;
    }

    public int minimumMarked(int n, int[][] edges) {
        // Node x means "x is marked", x + n means "x is not marked"; an edge ties
        // each end's state to the other end's opposite state.
        parent = new int[2 * n + 1];
        for (int i = 0; i <= 2 * n; i++) parent[i] = i;
        for (int[] e : edges) {
            unite(e[0], e[1] + n);
            unite(e[0] + n, e[1]);
        }
        HashMap<Integer, Integer> group = new HashMap<>();
        for (int x = 1; x <= n; x++) {
            if (find(x) == find(x + n)) return -1;
            group.merge(find(x), 1, Integer::sum);
        }
        HashSet<Integer> done = new HashSet<>();
        int total = 0;
        for (int x = 1; x <= n; x++) {
            int a = find(x), b = find(x + n);
            if (!done.add(a)) continue;
            done.add(b);
            total += Math.min(group.getOrDefault(a, 0), group.getOrDefault(b, 0));
        }
        return total;
    }
}
