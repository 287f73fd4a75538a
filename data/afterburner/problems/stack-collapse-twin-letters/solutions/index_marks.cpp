class Solution {
public:
    string collapsePairs(string s) {
        // Stack of open indices; matched pairs are marked and filtered at the end.
        int n = s.size();
        vector<bool> removed(n, false);
        vector<int> open;
        for (int i = 0; i < n; ++i) {
            if (!open.empty() && s[open.back()] == s[i]) {
                removed[open.back()] = true;
                removed[i] = true;
                open.pop_back();
            } else {
                open.push_back(i);
            }
        }
        string out;
        for (int i = 0; i < n; ++i)
            if (!removed[i]) out += s[i];
        return out;
    }
};
