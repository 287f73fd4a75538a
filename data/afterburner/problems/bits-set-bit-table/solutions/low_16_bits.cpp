class Solution {
public:
    vector<int> oneBitCounts(int n) {
        vector<int> res(n + 1);
        for (int i = 0; i <= n; i++) {
            int c = 0;
            for (int b = 0; b < 16; b++) c += (i >> b) & 1;
            res[i] = c;
        }
        return res;
    }
};
