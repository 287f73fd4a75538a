class Solution {
    public long countPairs(long[] nums, long target) {
        HashMap<Long, Integer> seen = new HashMap<>(nums.length * 2);
        long total = 0;
        for (long x : nums) {
            Integer c = seen.get(target - x);
            if (c != null) total += c;
            seen.merge(x, 1, Integer::sum);
        }
        return total;
    }
}
