class Solution {
public:
    int largestPairXor(vector<int>& nums) {
        // fix the answer bit by bit from the top, checking prefixes in a hash set
        int best = 0, mask = 0;
        unordered_set<int> prefixes;
        prefixes.reserve(nums.size() * 2);
        for (int b = 29; b >= 0; b--) {
            mask |= 1 << b;
            prefixes.clear();
            for (int x : nums) prefixes.insert(x & mask);
            int candidate = best | (1 << b);
            for (int p : prefixes) {
                if (prefixes.count(p ^ candidate)) {
                    best = candidate;
                    break;
                }
            }
        }
        return best;
    }
};
