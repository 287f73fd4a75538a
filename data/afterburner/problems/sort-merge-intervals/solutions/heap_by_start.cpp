class Solution {
public:
    vector<vector<int>> unionIntervals(vector<vector<int>>& intervals) {
        // A min-heap hands out intervals by start; pop while they meet the block.
        priority_queue<pair<int, int>, vector<pair<int, int>>, greater<pair<int, int>>> heap;
        for (auto& iv : intervals) heap.push({iv[0], iv[1]});
        vector<vector<int>> result;
        while (!heap.empty()) {
            auto [l, r] = heap.top();
            heap.pop();
            while (!heap.empty() && heap.top().first <= r) {
                r = max(r, heap.top().second);
                heap.pop();
            }
            result.push_back({l, r});
        }
        return result;
    }
};
