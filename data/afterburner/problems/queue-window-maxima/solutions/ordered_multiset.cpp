class Solution {
public:
    vector<int> windowMaxima(vector<int>& nums, int k) {
        // balanced tree of the window's values
        multiset<int> window;
        vector<int> out;
        for (int i = 0; i < (int)nums.size(); i++) {
            window.insert(nums[i]);
            if (i >= k) window.erase(window.find(nums[i - k]));
            if (i >= k - 1) out.push_back(*window.rbegin());
        }
        return out;
    }
};
