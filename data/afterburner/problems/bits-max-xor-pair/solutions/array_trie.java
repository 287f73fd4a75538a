class Solution {
    public int largestPairXor(int[] nums) {
        // binary trie over 30 bits stored in one flat child array
        int n = nums.length;
        int[] child = new int[2 * (30 * n + 1)];
        int nodes = 1;
        for (int x : nums) {
            int node = 0;
            for (int b = 29; b >= 0; b--) {
                int slot = 2 * node + ((x >> b) & 1);
                if (child[slot] == 0) child[slot] = nodes++;
                node = child[slot];
            }
        }
        int best = 0;
        for (int x : nums) {
            int node = 0, value = 0;
            for (int b = 29; b >= 0; b--) {
                int want = ((x >> b) & 1) ^ 1;
                if (child[2 * node + want] != 0) {
                    value |= 1 << b;
                    node = child[2 * node + want];
                } else {
                    node = child[2 * node + (want ^ 1)];
                }
            }
            if (value > best) best = value;
        }
        return best;
    }
}
