class Solution {
    static constexpr unsigned long long MOD = (1ULL << 61) - 1;
    static unsigned long long mul(unsigned long long a, unsigned long long b) {
        unsigned __int128 p = (unsigned __int128) a * b;
        unsigned long long r = (unsigned long long) (p & MOD) + (unsigned long long) (p >> 61);
        r = (r & MOD) + (r >> 61);
        return r >= MOD ? r - MOD : r;
    }
    int n;
    vector<unsigned long long> pw, fwd, rev;

    unsigned long long get(const vector<unsigned long long>& h, int a, int b) {
        unsigned long long x = h[b] + MOD - mul(h[a], pw[b - a]);
        return x >= MOD ? x - MOD : x;
    }
    bool exists(int len) {
        for (int i = 0; i + len <= n; ++i)
            if (get(fwd, i, i + len) == get(rev, n - i - len, n - i)) return true;
        return false;
    }
public:
    int longestPalindrome(string s) {
        // polynomial hashes of s and reversed s; binary search the length per parity
        n = s.size();
        pw.assign(n + 1, 1);
        fwd.assign(n + 1, 0);
        rev.assign(n + 1, 0);
        const unsigned long long base = 131;
        for (int i = 0; i < n; ++i) {
            pw[i + 1] = mul(pw[i], base);
            fwd[i + 1] = (mul(fwd[i], base) + (unsigned char) s[i]) % MOD;
            rev[i + 1] = (mul(rev[i], base) + (unsigned char) s[n - 1 - i]) % MOD;
        }
        int best = 1;
        for (int parity = 1; parity <= 2; ++parity) {
            if (parity == 2 && !exists(2)) continue;
            int lo = 0, hi = (n - parity) / 2;
            while (lo < hi) {
                int mid = (lo + hi + 1) / 2;
                if (exists(parity + 2 * mid)) lo = mid;
                else hi = mid - 1;
            }
            best = max(best, parity + 2 * lo);
        }
        return best;
    }
};
