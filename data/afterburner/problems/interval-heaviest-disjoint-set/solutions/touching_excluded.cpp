class Solution {
public:
    long long maxWeight(vector<vector<int>>& bookings) {
        sort(bookings.begin(), bookings.end(), [](const vector<int>& a, const vector<int>& b) { return a[1] < b[1]; });
        int n = bookings.size();
        vector<int> ends(n);
        for (int i = 0; i < n; ++i) ends[i] = bookings[i][1];
        vector<long long> best(n + 1, 0);
        for (int i = 0; i < n; ++i) {
            int j = lower_bound(ends.begin(), ends.begin() + i, bookings[i][0]) - ends.begin();
            best[i + 1] = max(best[i], best[j] + bookings[i][2]);
        }
        return best[n];
    }
};
