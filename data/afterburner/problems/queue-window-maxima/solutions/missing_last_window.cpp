class Solution {
public:
    vector<int> windowMaxima(vector<int>& nums, int k) {
        int n = nums.size();
        deque<int> dq;
        vector<int> out;
        for (int i = 0; i + 1 < n; i++) {
            while (!dq.empty() && nums[dq.back()] <= nums[i]) dq.pop_back();
            dq.push_back(i);
            if (dq.front() <= i - k) dq.pop_front();
            if (i >= k - 1) out.push_back(nums[dq.front()]);
        }
        return out;
    }
};
