class Solution {
public:
    vector<vector<int>> unionIntervals(vector<vector<int>>& intervals) {
        // LSD radix sort of the indices by start (two 16-bit digits), then one scan.
        int n = intervals.size();
        vector<int> order(n), tmp(n);
        iota(order.begin(), order.end(), 0);
        for (int shift = 0; shift < 32; shift += 16) {
            vector<int> count(1 << 16 | 1, 0);
            for (int i : order) count[((intervals[i][0] >> shift) & 0xFFFF) + 1]++;
            for (int d = 0; d < (1 << 16); d++) count[d + 1] += count[d];
            for (int i : order) tmp[count[(intervals[i][0] >> shift) & 0xFFFF]++] = i;
            order.swap(tmp);
        }
        vector<vector<int>> merged;
        for (int i : order) {
            int l = intervals[i][0], r = intervals[i][1];
            if (!merged.empty() && l <= merged.back()[1])
                merged.back()[1] = max(merged.back()[1], r);
            else
                merged.push_back({l, r});
        }
        return merged;
    }
};
