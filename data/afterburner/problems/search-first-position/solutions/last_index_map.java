class Solution {
    public int[] firstPositions(long[] nums, long[] queries) {
        HashMap<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < nums.length; i++) index.put(nums[i], i);
        int[] ans = new int[queries.length];
        for (int t = 0; t < queries.length; t++) ans[t] = index.getOrDefault(queries[t], -1);
        return ans;
    }
}
