class Solution {
public:
    vector<int> nextGreaterGap(vector<int>& nums) {
        // Visit values from largest to smallest; the set holds indices of strictly larger values.
        int n = nums.size();
        vector<int> order(n);
        iota(order.begin(), order.end(), 0);
        sort(order.begin(), order.end(), [&](int a, int b) { return nums[a] > nums[b]; });
        set<int> larger;
        vector<int> ans(n, 0);
        int g = 0;
        while (g < n) {
            int h = g;
            while (h < n && nums[order[h]] == nums[order[g]]) ++h;
            for (int t = g; t < h; ++t) {
                auto it = larger.upper_bound(order[t]);
                if (it != larger.end()) ans[order[t]] = *it - order[t];
            }
            for (int t = g; t < h; ++t) larger.insert(order[t]);
            g = h;
        }
        return ans;
    }
};
