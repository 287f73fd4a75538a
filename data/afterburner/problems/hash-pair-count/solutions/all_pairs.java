class Solution {
    public long countPairs(long[] nums, long target) {
        long total = 0;
        int n = nums.length;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                if (nums[i] + nums[j] == target) total++;
        return total;
    }
}
