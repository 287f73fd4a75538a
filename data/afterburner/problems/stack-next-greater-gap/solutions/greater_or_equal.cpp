class Solution {
public:
    vector<int> nextGreaterGap(vector<int>& nums) {
        int n = nums.size();
        vector<int> ans(n, 0), st;
        for (int i = 0; i < n; ++i) {
            // pops on equal values too, so a tie counts as "larger"
            while (!st.empty() && nums[st.back()] <= nums[i]) {
                ans[st.back()] = i - st.back();
                st.pop_back();
            }
            st.push_back(i);
        }
        return ans;
    }
};
