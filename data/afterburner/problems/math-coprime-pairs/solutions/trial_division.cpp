class Solution {
    static vector<int> primeFactors(int x) {
        vector<int> ps;
        for (int f = 2; (long long) f * f <= x; f += (f == 2 ? 1 : 2)) {
            if (x % f == 0) {
                ps.push_back(f);
                while (x % f == 0) x /= f;
            }
        }
        if (x > 1) ps.push_back(x);
        return ps;
    }

public:
    long long countCoprimePairs(vector<int>& nums) {
        unordered_map<int, long long> times;
        for (int x : nums) times[x]++;
        // signed squarefree divisors of each distinct value, and how many entries each d divides
        unordered_map<int, vector<pair<int, int>>> signedDivs;
        unordered_map<int, long long> divisible;
        for (auto& [value, t] : times) {
            vector<pair<int, int>> divs{{1, 1}};
            for (int p : primeFactors(value)) {
                size_t sz = divs.size();
                for (size_t i = 0; i < sz; i++) divs.push_back({divs[i].first * p, -divs[i].second});
            }
            for (auto& [d, s] : divs) divisible[d] += t;
            signedDivs[value] = move(divs);
        }
        long long ordered = 0;  // ordered pairs, an entry with itself included
        for (auto& [value, t] : times) {
            long long coprime = 0;
            for (auto& [d, s] : signedDivs[value]) coprime += s * divisible[d];
            ordered += t * coprime;
        }
        long long ones = times.count(1) ? times[1] : 0;
        return (ordered - ones) / 2;
    }
};
