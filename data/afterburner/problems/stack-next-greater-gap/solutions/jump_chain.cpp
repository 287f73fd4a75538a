class Solution {
public:
    vector<int> nextGreaterGap(vector<int>& nums) {
        // nxt[i] = next larger index; follow already-known links to skip blocks
        int n = nums.size();
        vector<int> nxt(n, n), ans(n, 0);
        for (int i = n - 2; i >= 0; --i) {
            int j = i + 1;
            while (j < n && nums[j] <= nums[i]) j = nxt[j];
            nxt[i] = j;
        }
        for (int i = 0; i < n; ++i)
            if (nxt[i] < n) ans[i] = nxt[i] - i;
        return ans;
    }
};
