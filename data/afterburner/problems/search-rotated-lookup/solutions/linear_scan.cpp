class Solution {
public:
    vector<int> locate(vector<int>& nums, vector<int>& queries) {
        vector<int> out;
        for (int v : queries) {
            int found = -1;
            for (int i = 0; i < (int)nums.size(); i++) {
                if (nums[i] == v) { found = i; break; }
            }
            out.push_back(found);
        }
        return out;
    }
};
