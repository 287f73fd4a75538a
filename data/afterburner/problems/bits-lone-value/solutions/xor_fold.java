class Solution {
    public long loneValue(long[] nums) {
        long acc = 0;
        for (long x : nums) acc ^= x;
        return acc;
    }
}
