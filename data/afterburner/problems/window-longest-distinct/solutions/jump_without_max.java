class Solution {
    public int longestClean(long[] nums) {
        HashMap<Long, Integer> last = new HashMap<>();
        int left = 0, best = 0;
        for (int right = 0; right < nums.length; right++) {
            Integer prev = last.put(nums[right], right);
            if (prev != null) left = prev + 1;
            best = Math.max(best, right - left + 1);
        }
        return best;
    }
}
