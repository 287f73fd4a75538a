class Solution {
    public long countPairs(long[] nums, long target) {
        HashMap<Long, Integer> seen = new HashMap<>();
        int total = 0;
        for (long x : nums) {
            total += seen.getOrDefault(target - x, 0);
            seen.merge(x, 1, Integer::sum);
        }
        return total;
    }
}
