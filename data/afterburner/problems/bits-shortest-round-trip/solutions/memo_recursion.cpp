class Solution {
    int n, done;
    vector<vector<int>>* c;
    vector<int> memo;

    // cheapest way to visit the points outside mask and return to 0, standing at `at`
    int rest(int mask, int at) {
        if (mask == done) return (*c)[at][0];
        int& slot = memo[mask * n + at];
        if (slot >= 0) return slot;
        int best = INT_MAX;
        for (int nx = 0; nx < n; ++nx)
            if (!(mask >> nx & 1)) best = min(best, (*c)[at][nx] + rest(mask | 1 << nx, nx));
        return slot = best;
    }
public:
    int cheapestRoundTrip(vector<vector<int>>& cost) {
        n = cost.size();
        if (n == 1) return 0;
        c = &cost;
        done = (1 << n) - 1;
        memo.assign((size_t) n << n, -1);
        return rest(1, 0);
    }
};
