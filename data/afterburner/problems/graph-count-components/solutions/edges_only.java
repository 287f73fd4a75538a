class Solution {
    private final HashMap<Integer, Integer> parent = new HashMap<>();

    private int find(int x) {
        while (parent.get(x) != x) {
            int up = parent.get(parent.get(x));
            parent.put(x, up);
            x = up;
        }
        return x;
    }

    public int countComponents(int n, int[][] edges) {
        // Counts pieces among the vertices that appear in some edge.
        parent.clear();
        for (int[] e : edges) {
            parent.putIfAbsent(e[0], e[0]);
            parent.putIfAbsent(e[1], e[1]);
            int a = find(e[0]), b = find(e[1]);
            if (a != b) parent.put(a, b);
        }
        int roots = 0;
        for (Map.Entry<Integer, Integer> kv : parent.entrySet())
            if (kv.getKey().intValue() == kv.getValue().intValue()) roots++;
        return roots;
    }
}
