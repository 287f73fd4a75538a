class Solution {
    public long countExactSum(long[] nums, long k) {
        int n = nums.length;
        long[] prefix = new long[n + 1];
        for (int i = 0; i < n; i++) prefix[i + 1] = prefix[i] + nums[i];
        long[] sorted = prefix.clone();
        Arrays.sort(sorted);
        int m = 0;
        for (int i = 0; i <= n; i++) {
            if (i == 0 || sorted[i] != sorted[m - 1]) sorted[m++] = sorted[i];
        }
        int[] counts = new int[m];
        long total = 0;
        for (long p : prefix) {
            int r = Arrays.binarySearch(sorted, 0, m, p - k);
            if (r >= 0) total += counts[r];
            counts[Arrays.binarySearch(sorted, 0, m, p)]++;
        }
        return total;
    }
}
