class Solution {
    public long minFuseCost(int[] nums) {
        // two 16-bit counting-sort passes instead of a comparison sort, then the two-queue merge
        int n = nums.length;
        int[] a = nums.clone();
        int[] tmp = new int[n];
        int[] cnt = new int[1 << 16];
        for (int shift = 0; shift < 32; shift += 16) {
            Arrays.fill(cnt, 0);
            for (int v : a) cnt[(v >>> shift) & 0xffff]++;
            int sum = 0;
            for (int b = 0; b < cnt.length; b++) {
                int t = cnt[b];
                cnt[b] = sum;
                sum += t;
            }
            for (int v : a) tmp[cnt[(v >>> shift) & 0xffff]++] = v;
            int[] sw = a;
            a = tmp;
            tmp = sw;
        }
        long[] fused = new long[n];
        int i = 0, j = 0, tail = 0;
        long total = 0;
        for (int step = 1; step < n; step++) {
            long s = 0;
            for (int r = 0; r < 2; r++) {
                if (j >= tail || (i < n && a[i] <= fused[j])) s += a[i++];
                else s += fused[j++];
            }
            fused[tail++] = s;
            total += s;
        }
        return total;
    }
}
