class Solution {
public:
    int largestPairXor(vector<int>& nums) {
        // greedy over bits, but partners are looked up by scanning the prefix list
        int best = 0, mask = 0;
        vector<int> prefixes;
        for (int b = 29; b >= 0; b--) {
            mask |= 1 << b;
            prefixes.clear();
            for (int x : nums) prefixes.push_back(x & mask);
            int candidate = best | (1 << b);
            for (int p : prefixes) {
                if (find(prefixes.begin(), prefixes.end(), p ^ candidate) != prefixes.end()) {
                    best = candidate;
                    break;
                }
            }
        }
        return best;
    }
};
