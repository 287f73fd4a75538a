class Solution {
    public long countExactSum(long[] nums, long k) {
        int n = nums.length;
        long[] prefix = new long[n + 1];
        for (int i = 0; i < n; i++) prefix[i + 1] = prefix[i] + nums[i];
        // each (value, index) pair packed into one long: value * 2^18 + index
        final int SHIFT = 18;
        long[] keys = new long[n + 1];
        for (int i = 0; i <= n; i++) keys[i] = (prefix[i] << SHIFT) + i;
        Arrays.sort(keys);
        long total = 0;
        for (int j = 0; j <= n; j++) {
            long want = prefix[j] - k;
            if (Math.abs(want) > (1L << 40)) continue;  // no prefix can be that far out
            total += lowerBound(keys, (want << SHIFT) + j) - lowerBound(keys, want << SHIFT);
        }
        return total;
    }

    private static int lowerBound(long[] a, long key) {
        int lo = 0, hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
