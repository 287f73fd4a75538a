class Solution {
    private long[] tree;

    private long prefix(int i) {
        long total = 0;
        for (; i > 0; i -= i & -i) total += tree[i];
        return total;
    }

    public long[] rangeSums(long[] nums, int[][] queries) {
        int n = nums.length;
        tree = new long[n + 1];
        for (int i = 1; i <= n; i++) {
            tree[i] += nums[i - 1];
            int parent = i + (i & -i);
            if (parent <= n) tree[parent] += tree[i];
        }
        long[] out = new long[queries.length];
        for (int t = 0; t < queries.length; t++) out[t] = prefix(queries[t][1]) - prefix(queries[t][0] - 1);
        return out;
    }
}
