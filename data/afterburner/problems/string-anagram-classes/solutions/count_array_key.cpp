class Solution {
    struct CountsHash {
        size_t operator()(const array<unsigned char, 26>& a) const {
            uint64_t h = 1469598103934665603ULL;  // FNV-1a
            for (unsigned char c : a) h = (h ^ c) * 1099511628211ULL;
            return h;
        }
    };

public:
    vector<int> anagramClasses(vector<string>& words) {
        // key: how often each letter occurs
        unordered_map<array<unsigned char, 26>, int, CountsHash> sizes;
        sizes.reserve(words.size() * 2);
        int best = 0;
        for (const string& w : words) {
            array<unsigned char, 26> counts{};
            for (char ch : w) counts[ch - 'a']++;
            best = max(best, ++sizes[counts]);
        }
        return {(int)sizes.size(), best};
    }
};
