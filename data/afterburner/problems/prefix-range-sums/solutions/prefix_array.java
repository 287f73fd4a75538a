class Solution {
    public long[] rangeSums(long[] nums, int[][] queries) {
        long[] prefix = new long[nums.length + 1];
        for (int i = 0; i < nums.length; i++) prefix[i + 1] = prefix[i] + nums[i];
        long[] out = new long[queries.length];
        for (int t = 0; t < queries.length; t++) out[t] = prefix[queries[t][1]] - prefix[queries[t][0] - 1];
        return out;
    }
}
