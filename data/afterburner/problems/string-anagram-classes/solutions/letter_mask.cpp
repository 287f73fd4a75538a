class Solution {
public:
    vector<int> anagramClasses(vector<string>& words) {
        // key: which letters occur
        unordered_map<int, int> sizes;
        int best = 0;
        for (const string& w : words) {
            int mask = 0;
            for (char ch : w) mask |= 1 << (ch - 'a');
            best = max(best, ++sizes[mask]);
        }
        return {(int)sizes.size(), best};
    }
};
