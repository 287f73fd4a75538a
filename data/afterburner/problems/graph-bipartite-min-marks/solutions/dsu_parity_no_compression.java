class Solution {
    public int minimumMarked(int n, int[][] edges) {
        // Union by size keeps trees shallow; a find sums parities up to the root
        // without rewriting anything.
        int[] parent = new int[n + 1], rel = new int[n + 1], size = new int[n + 1];
        for (int i = 0; i <= n; i++) { parent[i] = i; size[i] = 1; }
        for (int[] e : edges) {
            int ru = e[0], pu = 0, rv = e[1], pv = 0;
            while (parent[ru] != ru) { pu ^= rel[ru]; ru = parent[ru]; }
            while (parent[rv] != rv) { pv ^= rel[rv]; rv = parent[rv]; }
            if (ru == rv) {
                if (pu == pv) return -1;
                continue;
            }
            if (size[ru] < size[rv]) { int t = ru; ru = rv; rv = t; }
            parent[rv] = ru;
            rel[rv] = pu ^ pv ^ 1;
            size[ru] += size[rv];
        }
        TreeSet<Integer> touched = new TreeSet<>();
        for (int[] e : edges) { touched.add(e[0]); touched.add(e[1]); }
        TreeMap<Integer, Integer> colourOne = new TreeMap<>();
        for (int x : touched) {
            int r = x, p = 0;
            while (parent[r] != r) { p ^= rel[r]; r = parent[r]; }
            colourOne.merge(r, p, Integer::sum);
        }
        int total = 0;
        for (Map.Entry<Integer, Integer> kv : colourOne.entrySet())
            total += Math.min(kv.getValue(), size[kv.getKey()] - kv.getValue());
        return total;
    }
}
