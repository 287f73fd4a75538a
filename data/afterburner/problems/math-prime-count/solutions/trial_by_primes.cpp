class Solution {
public:
    int countPrimes(int n) {
        // divide each odd candidate by the odd primes up to its square root
        if (n < 2) return 0;
        vector<int> primes;
        int count = 1;
        for (int x = 3; x <= n; x += 2) {
            bool prime = true;
            for (int p : primes) {
                if (p * p > x) break;
                if (x % p == 0) { prime = false; break; }
            }
            if (prime) {
                count++;
                if ((long long)x * x <= n) primes.push_back(x);
            }
        }
        return count;
    }
};
