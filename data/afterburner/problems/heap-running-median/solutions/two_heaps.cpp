class Solution {
public:
    vector<int> runningMedians(vector<int>& nums) {
        priority_queue<int> low;                             // smaller half, max on top
        priority_queue<int, vector<int>, greater<int>> high;  // larger half, min on top
        vector<int> out;
        out.reserve(nums.size());
        for (int x : nums) {
            if (!low.empty() && x > low.top()) high.push(x);
            else low.push(x);
            if (low.size() > high.size() + 1) {
                high.push(low.top());
                low.pop();
            } else if (high.size() > low.size()) {
                low.push(high.top());
                high.pop();
            }
            out.push_back(low.top());
        }
        return out;
    }
};
