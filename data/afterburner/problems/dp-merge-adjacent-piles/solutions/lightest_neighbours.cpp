class Solution {
public:
    long long mergeCost(vector<int>& w) {
        // greedy: always merge the neighbouring pair with the smallest sum
        vector<long long> piles(w.begin(), w.end());
        long long total = 0;
        while (piles.size() > 1) {
            size_t k = 0;
            for (size_t i = 1; i + 1 < piles.size(); ++i)
                if (piles[i] + piles[i + 1] < piles[k] + piles[k + 1]) k = i;
            long long merged = piles[k] + piles[k + 1];
            total += merged;
            piles[k] = merged;
            piles.erase(piles.begin() + k + 1);
        }
        return total;
    }
};
