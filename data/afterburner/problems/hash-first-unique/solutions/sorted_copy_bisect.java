class Solution {
    private static int lowerBound(long[] a, long v) {
        int lo = 0, hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    public int firstSingle(long[] nums) {
        long[] sorted = nums.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < nums.length; i++) {
            if (lowerBound(sorted, nums[i] + 1) - lowerBound(sorted, nums[i]) == 1) return i;
        }
        return -1;
    }
}
