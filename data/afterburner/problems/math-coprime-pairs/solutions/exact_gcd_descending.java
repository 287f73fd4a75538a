class Solution {
    public long countCoprimePairs(int[] nums) {
        int top = 0;
        for (int x : nums) top = Math.max(top, x);
        long[] freq = new long[top + 1];
        long[] pairs = new long[top + 1];
        for (int x : nums) freq[x]++;
        // pairs[d]: pairs whose gcd is exactly d, filled from the largest d down
        for (int d = top; d >= 1; d--) {
            long c = 0;
            for (int m = d; m <= top; m += d) c += freq[m];
            long exact = c * (c - 1) / 2;
            for (int m = 2 * d; m <= top; m += d) exact -= pairs[m];
            pairs[d] = exact;
        }
        return pairs[1];
    }
}
