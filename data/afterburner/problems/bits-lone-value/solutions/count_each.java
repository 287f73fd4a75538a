class Solution {
    public long loneValue(long[] nums) {
        for (long x : nums) {
            int count = 0;
            for (long y : nums) if (y == x) count++;
            if (count == 1) return x;
        }
        return 0;
    }
}
