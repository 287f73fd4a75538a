class Solution {
public:
    int countPrimes(int n) {
        if (n < 2) return 0;
        vector<int> smallest(n + 1, 0);
        vector<int> primes;
        for (int i = 2; i <= n; i++) {
            if (smallest[i] == 0) {
                smallest[i] = i;
                primes.push_back(i);
            }
            for (int p : primes) {
                if (p > smallest[i] || (long long)p * i > n) break;
                smallest[p * i] = p;
            }
        }
        return (int)primes.size();
    }
};
