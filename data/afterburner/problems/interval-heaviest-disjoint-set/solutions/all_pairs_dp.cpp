class Solution {
public:
    long long maxWeight(vector<vector<int>>& bookings) {
        sort(bookings.begin(), bookings.end(), [](const vector<int>& a, const vector<int>& b) { return a[1] < b[1]; });
        int n = bookings.size();
        vector<long long> dp(n, 0);  // dp[i]: best chain ending with booking i
        long long answer = 0;
        for (int i = 0; i < n; ++i) {
            long long before = 0;
            for (int j = 0; j < i; ++j)
                if (bookings[j][1] <= bookings[i][0] && dp[j] > before) before = dp[j];
            dp[i] = before + bookings[i][2];
            answer = max(answer, dp[i]);
        }
        return answer;
    }
};
