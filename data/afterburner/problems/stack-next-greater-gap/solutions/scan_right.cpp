class Solution {
public:
    vector<int> nextGreaterGap(vector<int>& nums) {
        int n = nums.size();
        vector<int> ans(n, 0);
        for (int i = 0; i < n; ++i) {
            for (int j = i + 1; j < n; ++j) {
                if (nums[j] > nums[i]) {
                    ans[i] = j - i;
                    break;
                }
            }
        }
        return ans;
    }
};
