class Solution {
    public long lightestCut(int[] nums, int m) {
        // each part jumps to the furthest prefix within the limit (binary search on prefix sums)
        int n = nums.length;
        long[] pre = new long[n + 1];
        long lo = 0;
        for (int i = 0; i < n; i++) {
            pre[i + 1] = pre[i] + nums[i];
            lo = Math.max(lo, nums[i]);
        }
        long hi = pre[n];
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if (fits(pre, n, m, mid)) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    private boolean fits(long[] pre, int n, int m, long limit) {
        int pos = 0;
        for (int p = 0; p < m; p++) {
            long target = pre[pos] + limit;
            // last index with pre[idx] <= target
            int a = pos, b = n;
            while (a < b) {
                int c = (a + b + 1) >>> 1;
                if (pre[c] <= target) a = c;
                else b = c - 1;
            }
            pos = a;
            if (pos == n) return true;
        }
        return false;
    }
}
