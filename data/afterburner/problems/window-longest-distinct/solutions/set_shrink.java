class Solution {
    public int longestClean(long[] nums) {
        HashSet<Long> window = new HashSet<>();
        int left = 0, best = 0;
        for (long x : nums) {
            while (window.contains(x)) window.remove(nums[left++]);
            window.add(x);
            best = Math.max(best, window.size());
        }
        return best;
    }
}
