class Solution {
public:
    long long countPairs(vector<long long>& nums, long long target) {
        sort(nums.begin(), nums.end());
        long long total = 0;
        int i = 0, j = (int) nums.size() - 1;
        while (i < j) {
            long long s = nums[i] + nums[j];
            if (s < target) {
                i++;
            } else if (s > target) {
                j--;
            } else if (nums[i] == nums[j]) {
                long long k = j - i + 1;
                total += k * (k - 1) / 2;
                break;
            } else {
                long long a = nums[i], b = nums[j];
                long long ca = 0, cb = 0;
                while (nums[i] == a) { i++; ca++; }
                while (nums[j] == b) { j--; cb++; }
                total += ca * cb;
            }
        }
        return total;
    }
};
