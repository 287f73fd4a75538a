class Solution {
    public int largestPairXor(int[] nums) {
        // fix the answer bit by bit from the top, checking prefixes in a hash set
        int best = 0, mask = 0;
        java.util.HashSet<Integer> prefixes = new java.util.HashSet<>();
        for (int b = 29; b >= 0; b--) {
            mask |= 1 << b;
            prefixes.clear();
            for (int x : nums) prefixes.add(x & mask);
            int candidate = best | (1 << b);
            for (int p : prefixes) {
                if (prefixes.contains(p ^ candidate)) {
                    best = candidate;
                    break;
                }
            }
        }
        return best;
    }
}
