class Solution {
    private int[] nums;
    private long c;

    private long solve(int lo, int hi) {
        if (hi - lo < 2) return 0;
        int mid = (lo + hi) >>> 1;
        long total = solve(lo, mid) + solve(mid, hi);
        // sort a copy of the left half and binary-search every right value
        long[] left = new long[mid - lo];
        for (int i = lo; i < mid; i++) left[i - lo] = nums[i];
        Arrays.sort(left);
        for (int j = mid; j < hi; j++) {
            long bound = c * nums[j];
            int a = 0, b = left.length;
            while (a < b) {
                int m = (a + b) >>> 1;
                if (left[m] <= bound) a = m + 1;
                else b = m;
            }
            total += left.length - a;
        }
        return total;
    }

    public long countHeavyPairs(int[] nums, int c) {
        this.nums = nums;
        this.c = c;
        return solve(0, nums.length);
    }
}
