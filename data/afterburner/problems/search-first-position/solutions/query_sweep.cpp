class Solution {
public:
    vector<int> firstPositions(vector<long long>& nums, vector<long long>& queries) {
        // answer the queries in increasing order with one forward pointer into nums
        vector<int> order(queries.size());
        iota(order.begin(), order.end(), 0);
        sort(order.begin(), order.end(), [&](int a, int b) { return queries[a] < queries[b]; });
        vector<int> ans(queries.size(), -1);
        size_t i = 0;
        for (int idx : order) {
            long long v = queries[idx];
            while (i < nums.size() && nums[i] < v) i++;
            if (i < nums.size() && nums[i] == v) ans[idx] = (int) i;
        }
        return ans;
    }
};
