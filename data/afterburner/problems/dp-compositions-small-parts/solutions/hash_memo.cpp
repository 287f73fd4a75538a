class Solution {
public:
    long long countSequences(int n) {
        const long long MOD = 1000000007LL;
        // counts keyed by sum; negative sums are simply missing (zero)
        unordered_map<int, long long> memo;
        memo[0] = 1;
        for (int i = 1; i <= n; i++) {
            long long total = 0;
            for (int part = 1; part <= 3; part++) {
                auto it = memo.find(i - part);
                if (it != memo.end()) total += it->second;
            }
            memo[i] = total % MOD;
        }
        return memo[n];
    }
};
