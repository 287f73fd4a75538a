class Solution {
    // first index in [from, a.length) whose value exceeds v
    private static int upperBound(long[] a, int from, long v) {
        int lo = from, hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    public long kthGap(long[] nums, long k) {
        long[] a = nums.clone();
        Arrays.sort(a);
        int n = a.length;
        long lo = 0, hi = a[n - 1] - a[0];
        while (lo < hi) {
            long mid = (lo + hi) / 2;
            long count = 0;
            for (int i = 0; i < n; i++) count += upperBound(a, i + 1, a[i] + mid) - i - 1;
            if (count >= k) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
