class Solution {
public:
    vector<int> locate(vector<int>& nums, vector<int>& queries) {
        unordered_map<int, int> where;
        where.reserve(nums.size() * 2);
        for (int i = 0; i < (int)nums.size(); i++) where[nums[i]] = i;
        vector<int> out;
        out.reserve(queries.size());
        for (int v : queries) {
            auto it = where.find(v);
            out.push_back(it == where.end() ? -1 : it->second);
        }
        return out;
    }
};
