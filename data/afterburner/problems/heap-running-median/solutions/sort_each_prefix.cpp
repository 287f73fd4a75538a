class Solution {
public:
    vector<int> runningMedians(vector<int>& nums) {
        vector<int> out;
        for (size_t i = 1; i <= nums.size(); ++i) {
            vector<int> prefix(nums.begin(), nums.begin() + i);
            sort(prefix.begin(), prefix.end());
            out.push_back(prefix[(i - 1) / 2]);
        }
        return out;
    }
};
