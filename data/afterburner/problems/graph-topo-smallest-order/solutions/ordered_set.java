class Solution {
    public int[] smallestOrder(int n, int[][] rules) {
        // available tasks in a red-black tree, successors in hash maps
        Map<Integer, List<Integer>> succ = new HashMap<>();
        Map<Integer, Integer> indeg = new HashMap<>();
        for (int[] r : rules) {
            succ.computeIfAbsent(r[0], x -> new ArrayList<>()).add(r[1]);
            indeg.merge(r[1], 1, Integer::sum);
        }
        TreeSet<Integer> ready = new TreeSet<>();
        for (int v = 1; v <= n; v++)
            if (!indeg.containsKey(v)) ready.add(v);
        int[] order = new int[n];
        int k = 0;
        while (!ready.isEmpty()) {
            int u = ready.pollFirst();
            order[k++] = u;
            for (int v : succ.getOrDefault(u, Collections.emptyList()))
                if (indeg.merge(v, -1, Integer::sum) == 0) ready.add(v);
        }
        return k == n ? order : new int[0];
    }
}
