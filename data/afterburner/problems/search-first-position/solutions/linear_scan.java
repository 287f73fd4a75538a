class Solution {
    public int[] firstPositions(long[] nums, long[] queries) {
        int[] ans = new int[queries.length];
        for (int t = 0; t < queries.length; t++) {
            int pos = -1;
            for (int i = 0; i < nums.length; i++) {
                if (nums[i] == queries[t]) { pos = i; break; }
            }
            ans[t] = pos;
        }
        return ans;
    }
}
