class Solution {
public:
    int largestPairXor(vector<int>& nums) {
        // binary trie over 30 bits stored in one flat child array
        int n = nums.size();
        vector<int> child(2 * (30 * n + 1), 0);
        int nodes = 1;
        for (int x : nums) {
            int node = 0;
            for (int b = 29; b >= 0; b--) {
                int bit = (x >> b) & 1;
                int& next = child[2 * node + bit];
                if (next == 0) next = nodes++;
                node = next;
            }
        }
        int best = 0;
        for (int x : nums) {
            int node = 0, value = 0;
            for (int b = 29; b >= 0; b--) {
                int want = ((x >> b) & 1) ^ 1;
                if (child[2 * node + want]) {
                    value |= 1 << b;
                    node = child[2 * node + want];
                } else {
                    node = child[2 * node + (want ^ 1)];
                }
            }
            best = max(best, value);
        }
        return best;
    }
};
