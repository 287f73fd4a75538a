class Solution {
public:
    vector<int> firstPositions(vector<long long>& nums, vector<long long>& queries) {
        map<long long, int> first;
        for (int i = 0; i < (int) nums.size(); i++) first.emplace(nums[i], i);
        vector<int> ans;
        ans.reserve(queries.size());
        for (long long v : queries) {
            auto it = first.find(v);
            ans.push_back(it == first.end() ? -1 : it->second);
        }
        return ans;
    }
};
