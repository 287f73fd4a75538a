class Solution {
    private long[] a, buf;
    private long c;

    private long sortCount(int lo, int hi) {
        if (hi - lo < 2) return 0;
        int mid = (lo + hi) >>> 1;
        long count = sortCount(lo, mid) + sortCount(mid, hi);
        // both halves are sorted: count left values above c * right value
        int i = lo;
        for (int j = mid; j < hi; j++) {
            while (i < mid && a[i] <= c * a[j]) i++;
            count += mid - i;
        }
        int p = lo, q = mid, k = lo;
        while (p < mid && q < hi) buf[k++] = a[p] <= a[q] ? a[p++] : a[q++];
        while (p < mid) buf[k++] = a[p++];
        while (q < hi) buf[k++] = a[q++];
        System.arraycopy(buf, lo, a, lo, hi - lo);
        return count;
    }

    public long countHeavyPairs(int[] nums, int c) {
        a = new long[nums.length];
        for (int i = 0; i < nums.length; i++) a[i] = nums[i];
        buf = new long[nums.length];
        this.c = c;
        return sortCount(0, nums.length);
    }
}
