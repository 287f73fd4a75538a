class Solution {
    public long kthGap(long[] nums, long k) {
        long[] a = nums.clone();
        Arrays.sort(a);
        int n = a.length;
        long lo = 0, hi = a[n - 1] - a[0];
        while (lo < hi) {
            long mid = (lo + hi) / 2;
            long total = 0;
            int left = 0;
            for (int right = 0; right < n; right++) {
                while (a[right] - a[left] > mid) left++;
                total += right - left;
            }
            if (total >= k) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
