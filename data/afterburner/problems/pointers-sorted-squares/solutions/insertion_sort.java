class Solution {
    public long[] sortedSquares(long[] nums) {
        long[] sq = new long[nums.length];
        for (int i = 0; i < nums.length; i++) sq[i] = nums[i] * nums[i];
        for (int i = 1; i < sq.length; i++) {
            long key = sq[i];
            int j = i - 1;
            while (j >= 0 && sq[j] > key) {
                sq[j + 1] = sq[j];
                j--;
            }
            sq[j + 1] = key;
        }
        return sq;
    }
}
