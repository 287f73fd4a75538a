class Solution {
public:
    long long countPairs(vector<long long>& nums, long long target) {
        sort(nums.begin(), nums.end());
        long long total = 0;
        int i = 0, j = (int) nums.size() - 1;
        while (i < j) {
            long long s = nums[i] + nums[j];
            if (s == target) {
                total++;
                i++;
                j--;
            } else if (s < target) {
                i++;
            } else {
                j--;
            }
        }
        return total;
    }
};
