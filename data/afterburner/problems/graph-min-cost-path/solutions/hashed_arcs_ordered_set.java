class Solution {
    public int minCost(int n, int[][] arcs) {
        // keep only the cheapest arc per ordered pair, in hash maps
        Map<Integer, Map<Integer, Integer>> graph = new HashMap<>();
        for (int[] a : arcs) graph.computeIfAbsent(a[0], x -> new HashMap<>()).merge(a[1], a[2], Math::min);
        // an ordered set as the queue, with removal on improvement
        Map<Integer, Integer> best = new HashMap<>();
        TreeSet<long[]> queue = new TreeSet<>((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
        best.put(1, 0);
        queue.add(new long[] {0, 1});
        while (!queue.isEmpty()) {
            long[] top = queue.pollFirst();
            int d = (int) top[0], u = (int) top[1];
            if (u == n) return d;
            Map<Integer, Integer> out = graph.get(u);
            if (out == null) continue;
            for (Map.Entry<Integer, Integer> e : out.entrySet()) {
                int v = e.getKey(), nd = d + e.getValue();
                Integer old = best.get(v);
                if (old != null && old <= nd) continue;
                if (old != null) queue.remove(new long[] {old, v});
                best.put(v, nd);
                queue.add(new long[] {nd, v});
            }
        }
        return -1;
    }
}
