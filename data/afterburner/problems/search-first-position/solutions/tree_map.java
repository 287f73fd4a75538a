class Solution {
    public int[] firstPositions(long[] nums, long[] queries) {
        TreeMap<Long, Integer> first = new TreeMap<>();
        for (int i = 0; i < nums.length; i++) first.putIfAbsent(nums[i], i);
        int[] ans = new int[queries.length];
        for (int t = 0; t < queries.length; t++) {
            Integer i = first.get(queries[t]);
            ans[t] = i == null ? -1 : i;
        }
        return ans;
    }
}
