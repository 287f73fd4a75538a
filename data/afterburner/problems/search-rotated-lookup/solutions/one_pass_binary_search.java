class Solution {
    public int[] locate(int[] nums, int[] queries) {
        // one binary search per query: one half of [lo, hi] is always sorted
        int[] out = new int[queries.length];
        for (int t = 0; t < queries.length; t++) {
            int v = queries[t];
            int lo = 0, hi = nums.length - 1, found = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1, m = nums[mid];
                if (m == v) {
                    found = mid;
                    break;
                }
                if (nums[lo] <= m) {
                    if (nums[lo] <= v && v < m) hi = mid - 1;
                    else lo = mid + 1;
                } else {
                    if (m < v && v <= nums[hi]) lo = mid + 1;
                    else hi = mid - 1;
                }
            }
            out[t] = found;
        }
        return out;
    }
}
