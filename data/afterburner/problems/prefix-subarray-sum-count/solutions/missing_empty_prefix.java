class Solution {
    public long countExactSum(long[] nums, long k) {
        HashMap<Long, Integer> seen = new HashMap<>();
        long prefix = 0, total = 0;
        for (long x : nums) {
            prefix += x;
            Integer c = seen.get(prefix - k);
            if (c != null) total += c;
            seen.merge(prefix, 1, Integer::sum);
        }
        return total;
    }
}
