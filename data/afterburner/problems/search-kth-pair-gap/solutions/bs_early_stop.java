class Solution {
    private long[] a;
    private long k;

    // stop counting as soon as k pairs are found
    private boolean reachesK(long d) {
        long count = 0;
        int n = a.length, j = 0;
        for (int i = 0; i < n; i++) {
            while (j < n && a[j] - a[i] <= d) j++;
            count += j - i - 1;
            if (count >= k) return true;
        }
        return false;
    }

    public long kthGap(long[] nums, long k) {
        Arrays.sort(nums);
        a = nums;
        this.k = k;
        int n = nums.length;
        long lo = Long.MAX_VALUE, hi = nums[n - 1] - nums[0];
        for (int i = 0; i + 1 < n; i++) lo = Math.min(lo, nums[i + 1] - nums[i]);
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if (reachesK(mid)) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
