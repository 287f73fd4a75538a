class Solution {
public:
    string collapsePairs(string s) {
        string st;
        st.reserve(s.size());
        for (char c : s) {
            if (!st.empty() && st.back() == c) st.pop_back();
            else st.push_back(c);
        }
        return st;
    }
};
