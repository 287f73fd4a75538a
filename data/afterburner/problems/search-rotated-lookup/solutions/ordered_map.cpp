class Solution {
public:
    vector<int> locate(vector<int>& nums, vector<int>& queries) {
        // value -> index in a balanced search tree
        map<int, int> where;
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
