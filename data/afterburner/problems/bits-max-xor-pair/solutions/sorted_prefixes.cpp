class Solution {
public:
    int largestPairXor(vector<int>& nums) {
        // sort once; shifted values stay sorted, so each round dedupes and binary searches
        vector<int> sorted(nums);
        sort(sorted.begin(), sorted.end());
        vector<int> prefixes;
        prefixes.reserve(sorted.size());
        int best = 0;
        for (int b = 29; b >= 0; b--) {
            prefixes.clear();
            for (int x : sorted) {
                int p = x >> b;
                if (prefixes.empty() || prefixes.back() != p) prefixes.push_back(p);
            }
            int candidate = (best << 1) | 1;
            bool found = false;
            for (int p : prefixes) {
                if (binary_search(prefixes.begin(), prefixes.end(), p ^ candidate)) {
                    found = true;
                    break;
                }
            }
            best = found ? candidate : best << 1;
        }
        return best;
    }
};
