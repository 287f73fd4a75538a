class Solution {
public:
    vector<int> windowCounts(vector<long long>& times, long long w) {
        int n = times.size();
        vector<int> res(n);
        for (int i = 0; i < n; i++) {
            // first event whose time is greater than t - w
            auto first = upper_bound(times.begin(), times.begin() + i + 1, times[i] - w);
            res[i] = i + 1 - (int) (first - times.begin());
        }
        return res;
    }
};
