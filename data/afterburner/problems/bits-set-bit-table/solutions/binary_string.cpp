class Solution {
public:
    vector<int> oneBitCounts(int n) {
        // write each number in base 2 and count the '1' characters
        vector<int> res;
        for (int i = 0; i <= n; i++) {
            string s;
            for (int x = i; x > 0; x >>= 1) s.insert(s.begin(), char('0' + (x & 1)));
            res.push_back((int)count(s.begin(), s.end(), '1'));
        }
        return res;
    }
};
