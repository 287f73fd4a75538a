class Solution {
public:
    vector<vector<int>> unionIntervals(vector<vector<int>>& intervals) {
        // Opening events sort before closing ones at the same point, so touching
        // intervals stay in one block.
        vector<pair<int, int>> events;
        events.reserve(2 * intervals.size());
        for (auto& iv : intervals) {
            events.push_back({iv[0], 0});
            events.push_back({iv[1], 1});
        }
        sort(events.begin(), events.end());
        vector<vector<int>> out;
        int open = 0, begin = 0;
        for (auto& [x, kind] : events) {
            if (kind == 0) {
                if (open++ == 0) begin = x;
            } else if (--open == 0) {
                out.push_back({begin, x});
            }
        }
        return out;
    }
};
