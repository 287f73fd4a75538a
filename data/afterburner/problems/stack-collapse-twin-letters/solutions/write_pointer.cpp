class Solution {
public:
    string collapsePairs(string s) {
        size_t top = 0;
        for (size_t i = 0; i < s.size(); ++i) {
            if (top > 0 && s[top - 1] == s[i]) {
                --top;
            } else {
                s[top++] = s[i];
            }
        }
        s.resize(top);
        return s;
    }
};
