class Solution {
    public int[] oneBitCounts(int n) {
        // the counts for [2^k, 2^(k+1)) are those for [0, 2^k) plus one
        java.util.ArrayList<Integer> counts = new java.util.ArrayList<>();
        counts.add(0);
        while (counts.size() <= n) {
            int size = counts.size();
            for (int i = 0; i < size; i++) counts.add(counts.get(i) + 1);
        }
        int[] res = new int[n + 1];
        for (int i = 0; i <= n; i++) res[i] = counts.get(i);
        return res;
    }
}
