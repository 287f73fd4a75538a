class Solution {
    public int[] smallestOrder(int n, int[][] rules) {
        // every step scans from task 1 for the first available task
        List<List<Integer>> succ = new ArrayList<>();
        for (int i = 0; i <= n; i++) succ.add(new ArrayList<>());
        int[] indeg = new int[n + 1];
        for (int[] r : rules) {
            succ.get(r[0]).add(r[1]);
            indeg[r[1]]++;
        }
        boolean[] used = new boolean[n + 1];
        int[] order = new int[n];
        for (int step = 0; step < n; step++) {
            int pick = 0;
            for (int v = 1; v <= n; v++)
                if (!used[v] && indeg[v] == 0) {
                    pick = v;
                    break;
                }
            if (pick == 0) return new int[0];
            used[pick] = true;
            order[step] = pick;
            for (int v : succ.get(pick)) indeg[v]--;
        }
        return order;
    }
}
