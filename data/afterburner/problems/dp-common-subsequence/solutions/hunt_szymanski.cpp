class Solution {
public:
    int sharedSubsequenceLength(string a, string b) {
        // Each match (i, j) visited with j descending per i: LCS = strictly increasing run of j.
        vector<vector<int>> where(26);
        for (int j = 0; j < (int) b.size(); j++) where[b[j] - 'a'].push_back(j);
        vector<int> tails;
        for (char ch : a) {
            const vector<int>& list = where[ch - 'a'];
            for (int t = (int) list.size() - 1; t >= 0; t--) {
                auto it = lower_bound(tails.begin(), tails.end(), list[t]);
                if (it == tails.end()) tails.push_back(list[t]);
                else *it = list[t];
            }
        }
        return tails.size();
    }
};
