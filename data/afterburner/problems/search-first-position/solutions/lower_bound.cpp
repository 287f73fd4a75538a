class Solution {
public:
    vector<int> firstPositions(vector<long long>& nums, vector<long long>& queries) {
        vector<int> ans;
        ans.reserve(queries.size());
        for (long long v : queries) {
            auto it = lower_bound(nums.begin(), nums.end(), v);
            if (it != nums.end() && *it == v) ans.push_back((int) (it - nums.begin()));
            else ans.push_back(-1);
        }
        return ans;
    }
};
