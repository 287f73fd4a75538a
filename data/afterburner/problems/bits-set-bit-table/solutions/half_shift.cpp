class Solution {
public:
    vector<int> oneBitCounts(int n) {
        // i has the bits of i / 2 plus its lowest bit
        vector<int> res(n + 1, 0);
        for (int i = 1; i <= n; i++) res[i] = res[i >> 1] + (i & 1);
        return res;
    }
};
