class Solution {
public:
    long long countPairs(vector<long long>& nums, long long target) {
        long long total = 0;
        size_t n = nums.size();
        for (size_t i = 0; i < n; i++)
            for (size_t j = i + 1; j < n; j++)
                if (nums[i] + nums[j] == target) total++;
        return total;
    }
};
