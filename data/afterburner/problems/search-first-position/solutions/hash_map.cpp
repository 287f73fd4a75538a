class Solution {
public:
    vector<int> firstPositions(vector<long long>& nums, vector<long long>& queries) {
        unordered_map<long long, int> first;
        first.reserve(nums.size() * 2 + 1);
        for (int i = (int) nums.size() - 1; i >= 0; i--) first[nums[i]] = i;
        vector<int> ans(queries.size(), -1);
        for (size_t t = 0; t < queries.size(); t++) {
            auto it = first.find(queries[t]);
            if (it != first.end()) ans[t] = it->second;
        }
        return ans;
    }
};
