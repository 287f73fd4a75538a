class Solution {
public:
    long long countCoprimePairs(vector<int>& nums) {
        long long count = 0;
        size_t n = nums.size();
        for (size_t i = 0; i < n; i++)
            for (size_t j = i + 1; j < n; j++)
                if (std::gcd(nums[i], nums[j]) == 1) count++;
        return count;
    }
};
