class Solution {
public:
    int firstSingle(vector<long long>& nums) {
        vector<long long> sorted_copy(nums);
        sort(sorted_copy.begin(), sorted_copy.end());
        for (size_t i = 0; i < nums.size(); i++) {
            auto range = equal_range(sorted_copy.begin(), sorted_copy.end(), nums[i]);
            if (range.second - range.first == 1) return (int) i;
        }
        return -1;
    }
};
