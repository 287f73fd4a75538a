class Solution {
    public int[] smallestOrder(int n, int[][] rules) {
        // build the order from the back: place the largest task nothing unplaced must follow
        List<List<Integer>> pred = new ArrayList<>();
        for (int i = 0; i <= n; i++) pred.add(new ArrayList<>());
        int[] outdeg = new int[n + 1];
        for (int[] r : rules) {
            pred.get(r[1]).add(r[0]);
            outdeg[r[0]]++;
        }
        PriorityQueue<Integer> heap = new PriorityQueue<>(Collections.reverseOrder());
        for (int v = 1; v <= n; v++)
            if (outdeg[v] == 0) heap.add(v);
        int[] order = new int[n];
        int k = n;
        while (!heap.isEmpty()) {
            int v = heap.poll();
            order[--k] = v;
            for (int u : pred.get(v))
                if (--outdeg[u] == 0) heap.add(u);
        }
        return k == 0 ? order : new int[0];
    }
}
