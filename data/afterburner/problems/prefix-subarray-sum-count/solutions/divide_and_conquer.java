class Solution {
    private long[] prefix, buf;
    private long k;

    // count pairs i < j in [lo, hi) with prefix[j] - prefix[i] == k, merge-sorting as we go
    private long solve(int lo, int hi) {
        if (hi - lo <= 1) return 0;
        int mid = (lo + hi) >>> 1;
        long count = solve(lo, mid) + solve(mid, hi);
        int a = lo, b = lo;  // prefix[a..b) holds the left values equal to the target
        for (int j = mid; j < hi; j++) {
            long want = prefix[j] - k;
            while (a < mid && prefix[a] < want) a++;
            if (b < a) b = a;
            while (b < mid && prefix[b] <= want) b++;
            count += b - a;
        }
        int i = lo, j = mid, t = lo;
        while (i < mid || j < hi) {
            if (j == hi || (i < mid && prefix[i] <= prefix[j])) buf[t++] = prefix[i++];
            else buf[t++] = prefix[j++];
        }
        System.arraycopy(buf, lo, prefix, lo, hi - lo);
        return count;
    }

    public long countExactSum(long[] nums, long k) {
        int n = nums.length;
        prefix = new long[n + 1];
        for (int i = 0; i < n; i++) prefix[i + 1] = prefix[i] + nums[i];
        buf = new long[n + 1];
        this.k = k;
        return solve(0, n + 1);
    }
}
