class Solution {
    public long countPairs(long[] nums, long target) {
        // red-black tree of counts: boxed keys and O(log n) per lookup
        TreeMap<Long, Integer> seen = new TreeMap<>();
        long total = 0;
        for (long x : nums) {
            Integer c = seen.get(target - x);
            if (c != null) total += c;
            seen.merge(x, 1, Integer::sum);
        }
        return total;
    }
}
