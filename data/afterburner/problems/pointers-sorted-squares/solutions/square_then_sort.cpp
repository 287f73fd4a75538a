class Solution {
public:
    vector<long long> sortedSquares(vector<long long>& nums) {
        vector<long long> result;
        result.reserve(nums.size());
        for (long long x : nums) result.push_back(x * x);
        sort(result.begin(), result.end());
        return result;
    }
};
