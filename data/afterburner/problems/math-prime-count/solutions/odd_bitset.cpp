class Solution {
public:
    int countPrimes(int n) {
        if (n < 2) return 0;
        if (n < 3) return 1;
        // bit i stands for the odd number 2i+1
        int size = (n - 1) / 2 + 1;
        vector<bool> crossed(size, false);
        crossed[0] = true;
        for (int i = 1; (long long)(2 * i + 1) * (2 * i + 1) <= n; i++) {
            if (crossed[i]) continue;
            int p = 2 * i + 1;
            for (int j = p * p / 2; j < size; j += p) crossed[j] = true;
        }
        int count = 1;
        for (int i = 1; i < size; i++) if (!crossed[i]) count++;
        return count;
    }
};
