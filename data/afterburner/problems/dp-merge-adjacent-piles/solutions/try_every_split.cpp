class Solution {
    vector<int>* w;

    long long solve(int i, int j) {
        if (i == j) return 0;
        long long sum = 0;
        for (int t = i; t <= j; ++t) sum += (*w)[t];
        long long best = LLONG_MAX;
        for (int k = i; k < j; ++k) best = min(best, solve(i, k) + solve(k + 1, j));
        return best + sum;
    }
public:
    long long mergeCost(vector<int>& w) {
        this->w = &w;
        return solve(0, w.size() - 1);
    }
};
