class Solution {
    public int[] firstPositions(long[] nums, long[] queries) {
        int[] ans = new int[queries.length];
        for (int t = 0; t < queries.length; t++) {
            long v = queries[t];
            int lo = 0, hi = nums.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (nums[mid] < v) lo = mid + 1;
                else hi = mid;
            }
            ans[t] = (lo < nums.length && nums[lo] == v) ? lo : -1;
        }
        return ans;
    }
}
