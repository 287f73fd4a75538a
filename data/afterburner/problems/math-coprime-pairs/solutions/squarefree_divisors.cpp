class Solution {
public:
    long long countCoprimePairs(vector<int>& nums) {
        int top = *max_element(nums.begin(), nums.end());
        vector<int> spf(top + 1, 0);
        for (int i = 2; i <= top; i++) {
            if (spf[i]) continue;
            for (int j = i; j <= top; j += i)
                if (!spf[j]) spf[j] = i;
        }
        vector<long long> seen(top + 1, 0);  // earlier entries divisible by d
        vector<pair<int, int>> divs;          // (squarefree divisor, mu)
        long long answer = 0;
        for (int x : nums) {
            divs.assign(1, {1, 1});
            while (x > 1) {
                int p = spf[x];
                while (x % p == 0) x /= p;
                size_t sz = divs.size();
                for (size_t t = 0; t < sz; t++) divs.push_back({divs[t].first * p, -divs[t].second});
            }
            for (auto& [d, s] : divs) answer += s * seen[d];
            for (auto& [d, s] : divs) seen[d]++;
        }
        return answer;
    }
};
