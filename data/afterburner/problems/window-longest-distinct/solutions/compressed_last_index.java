class Solution {
    public int longestClean(long[] nums) {
        // rank values by sorting, then keep last positions in a plain array
        long[] values = nums.clone();
        Arrays.sort(values);
        int m = 0;
        for (int i = 0; i < values.length; i++)
            if (i == 0 || values[i] != values[i - 1]) values[m++] = values[i];
        int[] last = new int[m];
        Arrays.fill(last, -1);
        int start = 0, best = 0;
        for (int i = 0; i < nums.length; i++) {
            int r = Arrays.binarySearch(values, 0, m, nums[i]);
            if (last[r] >= start) start = last[r] + 1;
            last[r] = i;
            best = Math.max(best, i - start + 1);
        }
        return best;
    }
}
