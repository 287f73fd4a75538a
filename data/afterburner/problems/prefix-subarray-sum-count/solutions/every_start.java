class Solution {
    public long countExactSum(long[] nums, long k) {
        int n = nums.length;
        long count = 0;
        for (int start = 0; start < n; start++) {
            long s = 0;
            for (int end = start; end < n; end++) {
                s += nums[end];
                if (s == k) count++;
            }
        }
        return count;
    }
}
