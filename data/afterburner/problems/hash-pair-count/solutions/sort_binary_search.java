class Solution {
    private static int lowerBound(long[] a, int lo, long v) {
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    public long countPairs(long[] nums, long target) {
        long[] a = nums.clone();
        Arrays.sort(a);
        long total = 0;
        for (int i = 0; i < a.length; i++) {
            long need = target - a[i];
            if (need < a[i]) break;
            int from = lowerBound(a, i + 1, need);
            int to = lowerBound(a, from, need + 1);
            total += to - from;
        }
        return total;
    }
}
