class Solution {
    public long[] sortedSquares(long[] nums) {
        int split = 0;
        while (split < nums.length && nums[split] < 0) split++;
        long[] merged = new long[nums.length];
        int i = split - 1, j = split, k = 0;
        while (i >= 0 && j < nums.length) {
            long a = nums[i] * nums[i], b = nums[j] * nums[j];
            if (a <= b) { merged[k++] = a; i--; }
            else { merged[k++] = b; j++; }
        }
        while (j < nums.length) { merged[k++] = nums[j] * nums[j]; j++; }
        return merged;
    }
}
