class Solution {
public:
    int countPrimes(int n) {
        if (n < 2) return 0;
        vector<char> composite(n + 1, 0);
        for (int i = 2; i * i < n; i++) {
            if (composite[i]) continue;
            for (int j = i * i; j <= n; j += i) composite[j] = 1;
        }
        int count = 0;
        for (int i = 2; i <= n; i++) if (!composite[i]) count++;
        return count;
    }
};
