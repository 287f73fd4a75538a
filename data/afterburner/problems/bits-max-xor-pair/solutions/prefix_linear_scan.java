class Solution {
    public int largestPairXor(int[] nums) {
        // greedy over bits, but partners are looked up by scanning the prefix array
        int n = nums.length;
        int best = 0, mask = 0;
        int[] prefixes = new int[n];
        for (int b = 29; b >= 0; b--) {
            mask |= 1 << b;
            for (int i = 0; i < n; i++) prefixes[i] = nums[i] & mask;
            int candidate = best | (1 << b);
            boolean found = false;
            for (int i = 0; i < n && !found; i++) {
                int want = prefixes[i] ^ candidate;
                for (int j = 0; j < n; j++) {
                    if (prefixes[j] == want) {
                        found = true;
                        break;
                    }
                }
            }
            if (found) best = candidate;
        }
        return best;
    }
}
