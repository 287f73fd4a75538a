class Solution {
public:
    long long maxWeight(vector<vector<int>>& bookings) {
        int n = bookings.size();
        vector<int> times;
        times.reserve(2 * n);
        for (auto& b : bookings) {
            times.push_back(b[0]);
            times.push_back(b[1]);
        }
        sort(times.begin(), times.end());
        times.erase(unique(times.begin(), times.end()), times.end());
        int m = times.size();
        auto at = [&](int t) { return int(lower_bound(times.begin(), times.end(), t) - times.begin()); };
        // bookings grouped by end slot (counting-sort layout)
        vector<int> head(m + 1, 0), startSlot(n), endSlot(n);
        for (int i = 0; i < n; ++i) {
            startSlot[i] = at(bookings[i][0]);
            endSlot[i] = at(bookings[i][1]);
            head[endSlot[i] + 1]++;
        }
        for (int t = 0; t < m; ++t) head[t + 1] += head[t];
        vector<int> byEnd(n), fill(head.begin(), head.end() - 1);
        for (int i = 0; i < n; ++i) byEnd[fill[endSlot[i]]++] = i;
        vector<long long> best(m, 0);  // best[t]: bookings that all end by times[t]
        for (int t = 1; t < m; ++t) {
            long long cur = best[t - 1];
            for (int q = head[t]; q < head[t + 1]; ++q) {
                int i = byEnd[q];
                cur = max(cur, best[startSlot[i]] + bookings[i][2]);
            }
            best[t] = cur;
        }
        return best[m - 1];
    }
};
