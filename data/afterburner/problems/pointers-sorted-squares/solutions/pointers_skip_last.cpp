class Solution {
public:
    vector<long long> sortedSquares(vector<long long>& nums) {
        vector<long long> result;
        int left = 0, right = (int) nums.size() - 1;
        while (left < right) {
            if (llabs(nums[left]) > llabs(nums[right])) { result.push_back(nums[left] * nums[left]); left++; }
            else { result.push_back(nums[right] * nums[right]); right--; }
        }
        reverse(result.begin(), result.end());
        return result;
    }
};
