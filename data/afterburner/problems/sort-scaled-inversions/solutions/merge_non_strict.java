class Solution {
    private long c;

    private long go(long[] a, int lo, int hi) {
        if (hi - lo < 2) return 0;
        int mid = (lo + hi) >>> 1;
        long pairs = go(a, lo, mid) + go(a, mid, hi);
        int i = lo;
        for (int j = mid; j < hi; j++) {
            while (i < mid && a[i] < c * a[j]) i++;
            pairs += mid - i;
        }
        Arrays.sort(a, lo, hi);
        return pairs;
    }

    public long countHeavyPairs(int[] nums, int c) {
        this.c = c;
        long[] a = new long[nums.length];
        for (int i = 0; i < nums.length; i++) a[i] = nums[i];
        return go(a, 0, a.length);
    }
}
