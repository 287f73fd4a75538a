class Solution {
    public long[] rangeSums(long[] nums, int[][] queries) {
        // block totals of about sqrt(n) elements; a query adds whole blocks plus two partial ends
        int n = nums.length;
        int size = Math.max(1, (int) Math.sqrt(n));
        long[] blocks = new long[(n + size - 1) / size];
        for (int i = 0; i < n; i++) blocks[i / size] += nums[i];
        long[] out = new long[queries.length];
        for (int t = 0; t < queries.length; t++) {
            int lo = queries[t][0] - 1, hi = queries[t][1] - 1;
            int first = lo / size, last = hi / size;
            long total = 0;
            if (first == last) {
                for (int i = lo; i <= hi; i++) total += nums[i];
            } else {
                for (int i = lo; i < (first + 1) * size; i++) total += nums[i];
                for (int b = first + 1; b < last; b++) total += blocks[b];
                for (int i = last * size; i <= hi; i++) total += nums[i];
            }
            out[t] = total;
        }
        return out;
    }
}
