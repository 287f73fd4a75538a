class Solution {
    public int firstCycleEdge(int n, int[][] edges) {
        // Parents live in a hash map; a vertex missing from it is its own root.
        HashMap<Integer, Integer> parent = new HashMap<>();
        for (int i = 0; i < edges.length; i++) {
            int a = find(parent, edges[i][0]), b = find(parent, edges[i][1]);
            if (a == b) return i + 1;
            parent.put(a, b);
        }
        return 0;
    }

    private static int find(HashMap<Integer, Integer> parent, int x) {
        int r = x;
        Integer p;
        while ((p = parent.get(r)) != null) r = p;
        while (x != r) {
            int up = parent.get(x);
            parent.put(x, r);
            x = up;
        }
        return r;
    }
}
