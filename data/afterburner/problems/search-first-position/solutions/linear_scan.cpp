class Solution {
public:
    vector<int> firstPositions(vector<long long>& nums, vector<long long>& queries) {
        vector<int> ans;
        ans.reserve(queries.size());
        int n = (int) nums.size();
        for (long long v : queries) {
            int pos = -1;
            for (int i = 0; i < n; i++) {
                if (nums[i] == v) { pos = i; break; }
            }
            ans.push_back(pos);
        }
        return ans;
    }
};
