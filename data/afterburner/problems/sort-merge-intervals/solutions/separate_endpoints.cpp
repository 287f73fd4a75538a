class Solution {
public:
    vector<vector<int>> unionIntervals(vector<vector<int>>& intervals) {
        // Sorting starts and ends separately is enough: a block ends at the i-th
        // smallest end exactly when the (i+1)-th smallest start lies beyond it.
        int n = intervals.size();
        vector<int> starts(n), ends(n);
        for (int i = 0; i < n; i++) { starts[i] = intervals[i][0]; ends[i] = intervals[i][1]; }
        sort(starts.begin(), starts.end());
        sort(ends.begin(), ends.end());
        vector<vector<int>> result;
        int blockStart = 0;
        for (int i = 0; i < n; i++) {
            if (i == n - 1 || starts[i + 1] > ends[i]) {
                result.push_back({starts[blockStart], ends[i]});
                blockStart = i + 1;
            }
        }
        return result;
    }
};
