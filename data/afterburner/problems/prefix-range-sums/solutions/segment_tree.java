class Solution {
    public long[] rangeSums(long[] nums, int[][] queries) {
        // bottom-up segment tree: leaves at n..2n-1
        int n = nums.length;
        long[] seg = new long[2 * n];
        System.arraycopy(nums, 0, seg, n, n);
        for (int i = n - 1; i > 0; i--) seg[i] = seg[2 * i] + seg[2 * i + 1];
        long[] out = new long[queries.length];
        for (int t = 0; t < queries.length; t++) {
            long total = 0;
            for (int lo = queries[t][0] - 1 + n, hi = queries[t][1] + n; lo < hi; lo >>= 1, hi >>= 1) {
                if ((lo & 1) == 1) total += seg[lo++];
                if ((hi & 1) == 1) total += seg[--hi];
            }
            out[t] = total;
        }
        return out;
    }
}
