class Solution {
    public int[] runningMedians(int[] nums) {
        int n = nums.length;
        int[] sorted = nums.clone();
        Arrays.sort(sorted);
        int m = 0;
        for (int i = 0; i < n; i++) if (m == 0 || sorted[m - 1] != sorted[i]) sorted[m++] = sorted[i];
        int[] vals = Arrays.copyOf(sorted, m);
        int[] tree = new int[m + 1];
        int top = 1;
        while (top * 2 <= m) top *= 2;
        int[] out = new int[n];
        for (int c = 0; c < n; c++) {
            for (int i = Arrays.binarySearch(vals, nums[c]) + 1; i <= m; i += i & -i) tree[i]++;
            int k = (c + 2) / 2;
            // descend the Fenwick tree to the k-th smallest
            int pos = 0;
            for (int step = top; step > 0; step >>= 1) {
                if (pos + step <= m && tree[pos + step] < k) {
                    pos += step;
                    k -= tree[pos];
                }
            }
            out[c] = vals[pos];
        }
        return out;
    }
}
