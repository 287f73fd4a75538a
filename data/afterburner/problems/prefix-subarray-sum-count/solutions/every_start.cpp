class Solution {
public:
    long long countExactSum(vector<long long>& nums, long long k) {
        int n = nums.size();
        long long count = 0;
        for (int start = 0; start < n; start++) {
            long long s = 0;
            for (int end = start; end < n; end++) {
                s += nums[end];
                if (s == k) count++;
            }
        }
        return count;
    }
};
