class Solution {
    public boolean canSplitEvenly(int[] nums) {
        int total = 0;
        for (int x : nums) total += x;
        if (total % 2 != 0) return false;
        int half = total / 2;
        int words = half / 64 + 1;
        long[] bits = new long[words];  // bit s: some subset sums to s
        bits[0] = 1L;
        for (int x : nums) {
            int ws = x >>> 6, bs = x & 63;
            // bits |= bits << x, from the top word down so sources are still old
            for (int w = words - 1; w >= ws; w--) {
                long v = bits[w - ws] << bs;
                if (bs != 0 && w - ws - 1 >= 0) v |= bits[w - ws - 1] >>> (64 - bs);
                bits[w] |= v;
            }
        }
        return ((bits[half >>> 6] >>> (half & 63)) & 1L) == 1L;
    }
}
