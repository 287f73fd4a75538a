class Solution {
    public long[] sortedSquares(long[] nums) {
        int biggest = (int) Math.max(Math.abs(nums[0]), Math.abs(nums[nums.length - 1]));
        int[] counts = new int[biggest + 1];
        for (long x : nums) counts[(int) Math.abs(x)]++;
        long[] result = new long[nums.length];
        int k = 0;
        for (int v = 0; v <= biggest; v++)
            for (int c = 0; c < counts[v]; c++) result[k++] = (long) v * v;
        return result;
    }
}
