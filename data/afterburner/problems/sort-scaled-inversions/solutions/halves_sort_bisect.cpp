class Solution {
    long long solve(vector<int>& nums, int lo, int hi, long long c) {
        if (hi - lo < 2) return 0;
        int mid = (lo + hi) / 2;
        long long total = solve(nums, lo, mid, c) + solve(nums, mid, hi, c);
        // sort a copy of the left half and binary-search every right value
        vector<long long> left(nums.begin() + lo, nums.begin() + mid);
        sort(left.begin(), left.end());
        for (int j = mid; j < hi; j++)
            total += left.end() - upper_bound(left.begin(), left.end(), c * nums[j]);
        return total;
    }

public:
    long long countHeavyPairs(vector<int>& nums, int c) {
        return solve(nums, 0, nums.size(), c);
    }
};
