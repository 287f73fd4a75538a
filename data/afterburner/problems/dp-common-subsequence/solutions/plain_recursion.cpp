class Solution {
    int best(const string& a, const string& b, int i, int j) {
        if (i == (int) a.size() || j == (int) b.size()) return 0;
        if (a[i] == b[j]) return 1 + best(a, b, i + 1, j + 1);
        return max(best(a, b, i + 1, j), best(a, b, i, j + 1));
    }
public:
    int sharedSubsequenceLength(string a, string b) {
        return best(a, b, 0, 0);
    }
};
