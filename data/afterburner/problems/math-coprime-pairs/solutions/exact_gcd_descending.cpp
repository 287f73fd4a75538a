class Solution {
public:
    long long countCoprimePairs(vector<int>& nums) {
        int top = *max_element(nums.begin(), nums.end());
        vector<long long> freq(top + 1, 0), pairs(top + 1, 0);
        for (int x : nums) freq[x]++;
        // pairs[d]: pairs whose gcd is exactly d, filled from the largest d down
        for (int d = top; d >= 1; d--) {
            long long c = 0;
            for (int m = d; m <= top; m += d) c += freq[m];
            long long exact = c * (c - 1) / 2;
            for (int m = 2 * d; m <= top; m += d) exact -= pairs[m];
            pairs[d] = exact;
        }
        return pairs[1];
    }
};
