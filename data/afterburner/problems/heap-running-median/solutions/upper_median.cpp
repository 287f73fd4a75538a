class Solution {
public:
    vector<int> runningMedians(vector<int>& nums) {
        priority_queue<int> low;
        priority_queue<int, vector<int>, greater<int>> high;
        vector<int> out;
        out.reserve(nums.size());
        for (int x : nums) {
            low.push(x);
            high.push(low.top());
            low.pop();
            if (high.size() > low.size()) {
                low.push(high.top());
                high.pop();
            }
            // for an even count this picks the larger middle element
            out.push_back(low.size() > high.size() ? low.top() : high.top());
        }
        return out;
    }
};
