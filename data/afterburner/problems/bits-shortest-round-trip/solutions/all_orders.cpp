class Solution {
public:
    int cheapestRoundTrip(vector<vector<int>>& cost) {
        int n = cost.size();
        if (n == 1) return 0;
        vector<int> order(n - 1);
        iota(order.begin(), order.end(), 1);
        int best = INT_MAX;
        do {
            int total = 0, at = 0;
            for (int p : order) {
                total += cost[at][p];
                at = p;
            }
            best = min(best, total + cost[at][0]);
        } while (next_permutation(order.begin(), order.end()));
        return best;
    }
};
