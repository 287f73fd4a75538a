class Solution {
    private int partsNeeded(int[] nums, long limit) {
        int parts = 1;
        long cur = 0;
        for (int x : nums) {
            // starts a new part even when the sum would just reach the limit
            if (cur + x >= limit) {
                parts++;
                cur = x;
            } else {
                cur += x;
            }
        }
        return parts;
    }

    public long lightestCut(int[] nums, int m) {
        long lo = 0, hi = 0;
        for (int x : nums) {
            lo = Math.max(lo, x);
            hi += x;
        }
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if (partsNeeded(nums, mid) <= m) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
