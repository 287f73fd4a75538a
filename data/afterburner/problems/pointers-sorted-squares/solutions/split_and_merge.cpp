class Solution {
public:
    vector<long long> sortedSquares(vector<long long>& nums) {
        // squares of the negatives, read backwards, and of the rest are both sorted
        size_t split = lower_bound(nums.begin(), nums.end(), 0LL) - nums.begin();
        vector<long long> neg, pos;
        for (size_t i = split; i-- > 0;) neg.push_back(nums[i] * nums[i]);
        for (size_t i = split; i < nums.size(); i++) pos.push_back(nums[i] * nums[i]);
        vector<long long> merged(nums.size());
        merge(neg.begin(), neg.end(), pos.begin(), pos.end(), merged.begin());
        return merged;
    }
};
