class Solution {
    public long loneValue(long[] nums) {
        // one pass per bit: a bit count is odd exactly where the lone value has a 1
        long result = 0;
        for (int b = 0; b < 64; b++) {
            int ones = 0;
            for (long x : nums) ones += (int) ((x >>> b) & 1);
            if ((ones & 1) == 1) result |= 1L << b;
        }
        return result;
    }
}
