class Solution {
public:
    string collapsePairs(string s) {
        // erase the first equal pair, then search again from the beginning
        while (true) {
            size_t i = 0;
            while (i + 1 < s.size() && s[i] != s[i + 1]) ++i;
            if (i + 1 >= s.size()) return s;
            s.erase(i, 2);
        }
    }
};
