class Solution {
    public long countHeavyPairs(int[] nums, int c) {
        int n = nums.length;
        long count = 0;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                if (nums[i] > (long) c * nums[j]) count++;
        return count;
    }
}
