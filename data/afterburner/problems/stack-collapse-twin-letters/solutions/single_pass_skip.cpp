class Solution {
public:
    string collapsePairs(string s) {
        // drops the pairs visible in the input, but never looks back
        string out;
        size_t i = 0;
        while (i < s.size()) {
            if (i + 1 < s.size() && s[i] == s[i + 1]) {
                i += 2;
            } else {
                out.push_back(s[i]);
                ++i;
            }
        }
        return out;
    }
};
