class Solution {
public:
    int sharedSubsequenceLength(string a, string b) {
        int m = b.size();
        vector<int> row(m + 1, 0);
        for (char ch : a) {
            int diag = 0;  // row[j - 1] from the previous pass
            for (int j = 1; j <= m; j++) {
                int above = row[j];
                if (ch == b[j - 1]) row[j] = diag + 1;
                else if (row[j - 1] > above) row[j] = row[j - 1];
                diag = above;
            }
        }
        return row[m];
    }
};
