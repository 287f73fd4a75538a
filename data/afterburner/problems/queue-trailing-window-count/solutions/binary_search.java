class Solution {
    public int[] windowCounts(long[] times, long w) {
        int n = times.length;
        int[] res = new int[n];
        for (int i = 0; i < n; i++) {
            long edge = times[i] - w;
            int lo = 0, hi = i;  // first index whose time is greater than edge
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (times[mid] > edge) hi = mid;
                else lo = mid + 1;
            }
            res[i] = i - lo + 1;
        }
        return res;
    }
}
