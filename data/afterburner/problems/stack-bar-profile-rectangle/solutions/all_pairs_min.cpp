class Solution {
public:
    long long largestRectangle(vector<int>& heights) {
        int n = heights.size();
        long long best = 0;
        for (int i = 0; i < n; ++i) {
            long long low = heights[i];
            for (int j = i; j < n; ++j) {
                low = min(low, (long long) heights[j]);
                best = max(best, low * (j - i + 1));
            }
        }
        return best;
    }
};
