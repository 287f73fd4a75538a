class Solution {
    public int[] smallestOrder(int n, int[][] rules) {
        List<List<Integer>> succ = new ArrayList<>();
        for (int i = 0; i <= n; i++) succ.add(new ArrayList<>());
        int[] indeg = new int[n + 1];
        for (int[] r : rules) {
            succ.get(r[0]).add(r[1]);
            indeg[r[1]]++;
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int v = 1; v <= n; v++)
            if (indeg[v] == 0) ready.add(v);
        int[] order = new int[n];
        int k = 0;
        while (!ready.isEmpty()) {
            int u = ready.poll();
            order[k++] = u;
            for (int v : succ.get(u))
                if (--indeg[v] == 0) ready.add(v);
        }
        return k == n ? order : new int[0];
    }
}
