class Solution {
    public int longestClean(long[] nums) {
        int n = nums.length, best = 0;
        for (int start = 0; start < n; start++) {
            HashSet<Long> seen = new HashSet<>();
            int end = start;
            while (end < n && seen.add(nums[end])) end++;
            best = Math.max(best, end - start);
        }
        return best;
    }
}
