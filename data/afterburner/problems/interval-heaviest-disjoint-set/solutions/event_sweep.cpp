class Solution {
public:
    long long maxWeight(vector<vector<int>>& bookings) {
        int n = bookings.size();
        // one packed key per event: time, then ends (0) before starts (1), then booking index
        vector<unsigned long long> ev;
        ev.reserve(2 * n);
        for (int i = 0; i < n; ++i) {
            ev.push_back((unsigned long long)bookings[i][0] << 18 | 1ULL << 17 | i);
            ev.push_back((unsigned long long)bookings[i][1] << 18 | i);
        }
        sort(ev.begin(), ev.end());
        vector<long long> value(n, 0);
        long long best = 0;
        for (auto key : ev) {
            int i = key & ((1 << 17) - 1);
            if (key >> 17 & 1) value[i] = best + bookings[i][2];
            else best = max(best, value[i]);
        }
        return best;
    }
};
