class Solution {
public:
    long long countSequences(int n) {
        const long long MOD = 1000000007LL;
        long long a = 0, b = 0, c = 1;
        for (int i = 0; i < n; i++) {
            long long next = (a + b + c) % MOD;
            a = b;
            b = c;
            c = next;
        }
        return c;
    }
};
