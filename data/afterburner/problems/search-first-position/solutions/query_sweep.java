class Solution {
    public int[] firstPositions(long[] nums, long[] queries) {
        // sort queries by value (value and index packed in one long), then sweep nums once
        int q = queries.length;
        long[] keyed = new long[q];
        for (int t = 0; t < q; t++) keyed[t] = ((queries[t] + (1L << 30)) << 17) | t;
        Arrays.sort(keyed);
        int[] ans = new int[q];
        int i = 0;
        for (long key : keyed) {
            int idx = (int) (key & ((1 << 17) - 1));
            long v = queries[idx];
            while (i < nums.length && nums[i] < v) i++;
            ans[idx] = (i < nums.length && nums[i] == v) ? i : -1;
        }
        return ans;
    }
}
