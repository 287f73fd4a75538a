class Solution {
    string a, b;
    vector<int> memo;
    int best(int i, int j) {
        if (i == (int) a.size() || j == (int) b.size()) return 0;
        int& slot = memo[i * b.size() + j];
        if (slot >= 0) return slot;
        if (a[i] == b[j]) slot = 1 + best(i + 1, j + 1);
        else slot = max(best(i + 1, j), best(i, j + 1));
        return slot;
    }
public:
    int sharedSubsequenceLength(string x, string y) {
        a = x;
        b = y;
        memo.assign(a.size() * b.size(), -1);
        return best(0, 0);
    }
};
