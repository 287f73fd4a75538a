class Solution {
public:
    vector<int> windowMaxima(vector<int>& nums, int k) {
        // max-heap of (value, index); entries that left the window are dropped when on top
        priority_queue<pair<int, int>> heap;
        vector<int> out;
        for (int i = 0; i < (int)nums.size(); i++) {
            heap.push({nums[i], i});
            if (i < k - 1) continue;
            while (heap.top().second <= i - k) heap.pop();
            out.push_back(heap.top().first);
        }
        return out;
    }
};
