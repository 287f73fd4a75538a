class Solution {
public:
    vector<int> oneBitCounts(int n) {
        // clear the lowest set bit until nothing is left
        vector<int> res;
        res.reserve(n + 1);
        for (int i = 0; i <= n; i++) {
            int x = i, c = 0;
            while (x) {
                x &= x - 1;
                c++;
            }
            res.push_back(c);
        }
        return res;
    }
};
