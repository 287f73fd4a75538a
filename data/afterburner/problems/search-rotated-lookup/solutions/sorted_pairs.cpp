class Solution {
public:
    vector<int> locate(vector<int>& nums, vector<int>& queries) {
        // sort (value, index) pairs and binary search the values
        vector<pair<int, int>> pairs;
        pairs.reserve(nums.size());
        for (int i = 0; i < (int)nums.size(); i++) pairs.push_back({nums[i], i});
        sort(pairs.begin(), pairs.end());
        vector<int> out;
        out.reserve(queries.size());
        for (int v : queries) {
            auto it = lower_bound(pairs.begin(), pairs.end(), make_pair(v, INT_MIN));
            out.push_back(it != pairs.end() && it->first == v ? it->second : -1);
        }
        return out;
    }
};
