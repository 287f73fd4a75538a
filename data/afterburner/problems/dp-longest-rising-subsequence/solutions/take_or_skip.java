class Solution {
    private int best(int[] a, int i, long last) {
        if (i == a.length) return 0;
        int skip = best(a, i + 1, last);
        if (a[i] > last) return Math.max(skip, 1 + best(a, i + 1, a[i]));
        return skip;
    }

    public int longestRising(int[] nums) {
        return best(nums, 0, Long.MIN_VALUE);
    }
}
