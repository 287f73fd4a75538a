class Solution {
    public long[] sortedSquares(long[] nums) {
        long[] result = new long[nums.length];
        for (int i = 0; i < nums.length; i++) result[i] = nums[i] * nums[i];
        Arrays.sort(result);
        return result;
    }
}
