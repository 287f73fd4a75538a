class Solution {
public:
    int minTracks(vector<vector<int>>& intervals) {
        int n = intervals.size();
        vector<int> starts(n), ends(n);
        for (int i = 0; i < n; ++i) {
            starts[i] = intervals[i][0];
            ends[i] = intervals[i][1];
        }
        sort(starts.begin(), starts.end());
        sort(ends.begin(), ends.end());
        int j = 0, active = 0, best = 0;
        for (int s : starts) {
            while (ends[j] <= s) {
                ++j;
                --active;
            }
            best = max(best, ++active);
        }
        return best;
    }
};
