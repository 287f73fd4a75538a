class Solution {
    private long[] h;

    private void siftDown(int i, int size) {
        long v = h[i];
        while (true) {
            int c = 2 * i + 1;
            if (c >= size) break;
            if (c + 1 < size && h[c + 1] < h[c]) c++;
            if (h[c] >= v) break;
            h[i] = h[c];
            i = c;
        }
        h[i] = v;
    }

    public long minFuseCost(int[] nums) {
        int n = nums.length;
        h = new long[n];
        for (int i = 0; i < n; i++) h[i] = nums[i];
        for (int i = n / 2 - 1; i >= 0; i--) siftDown(i, n);
        int size = n;
        long total = 0;
        while (size > 1) {
            // pop the minimum, then replace the new top by the fused sum in place
            long first = h[0];
            h[0] = h[--size];
            siftDown(0, size);
            long s = first + h[0];
            total += s;
            h[0] = s;
            siftDown(0, size);
        }
        return total;
    }
}
