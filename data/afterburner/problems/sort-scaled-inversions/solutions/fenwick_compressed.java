class Solution {
    public long countHeavyPairs(int[] nums, int c) {
        // Fenwick tree over the sorted distinct values, filled left to right
        long[] sorted = new long[nums.length];
        for (int i = 0; i < nums.length; i++) sorted[i] = nums[i];
        Arrays.sort(sorted);
        int m = 0;
        for (int i = 0; i < sorted.length; i++)
            if (i == 0 || sorted[i] != sorted[i - 1]) sorted[m++] = sorted[i];
        long[] values = Arrays.copyOf(sorted, m);
        int[] tree = new int[m + 1];
        long answer = 0;
        for (int inserted = 0; inserted < nums.length; inserted++) {
            long x = nums[inserted];
            // earlier values that are <= c * x do not count
            int pos = upperBound(values, (long) c * x);
            long atMost = 0;
            for (; pos > 0; pos -= pos & -pos) atMost += tree[pos];
            answer += inserted - atMost;
            int idx = upperBound(values, x - 1) + 1;
            for (; idx <= m; idx += idx & -idx) tree[idx]++;
        }
        return answer;
    }

    private static int upperBound(long[] a, long key) {
        int lo = 0, hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= key) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
