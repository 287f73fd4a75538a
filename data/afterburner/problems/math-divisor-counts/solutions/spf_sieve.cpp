class Solution {
public:
    vector<int> divisorTally(vector<int>& nums) {
        int top = *max_element(nums.begin(), nums.end());
        vector<int> spf(top + 1, 0);  // smallest prime factor
        for (int p = 2; p <= top; p++) {
            if (spf[p]) continue;
            for (long long m = p; m <= top; m += p)
                if (!spf[m]) spf[m] = p;
        }
        vector<int> res;
        res.reserve(nums.size());
        for (int x : nums) {
            int count = 1;
            while (x > 1) {
                int q = spf[x], e = 0;
                while (x % q == 0) { x /= q; e++; }
                count *= e + 1;
            }
            res.push_back(count);
        }
        return res;
    }
};
