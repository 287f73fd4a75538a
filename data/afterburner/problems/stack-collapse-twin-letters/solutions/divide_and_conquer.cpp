class Solution {
    // Reduce each half on its own, then cancel the left tail against the right head.
    vector<char> reduce(const string& s, size_t lo, size_t hi) {
        if (hi - lo <= 16) {
            vector<char> st;
            for (size_t i = lo; i < hi; ++i) {
                if (!st.empty() && st.back() == s[i]) st.pop_back();
                else st.push_back(s[i]);
            }
            return st;
        }
        size_t mid = lo + (hi - lo) / 2;
        vector<char> left = reduce(s, lo, mid);
        vector<char> right = reduce(s, mid, hi);
        size_t k = 0;
        while (!left.empty() && k < right.size() && left.back() == right[k]) {
            left.pop_back();
            ++k;
        }
        left.insert(left.end(), right.begin() + k, right.end());
        return left;
    }
public:
    string collapsePairs(string s) {
        vector<char> r = reduce(s, 0, s.size());
        return string(r.begin(), r.end());
    }
};
