class Solution {
    public long minFuseCost(int[] nums) {
        // sorted inputs in one queue; fused sums come out non-decreasing, so a second queue suffices
        int n = nums.length;
        long[] base = new long[n];
        for (int i = 0; i < n; i++) base[i] = nums[i];
        Arrays.sort(base);
        long[] fused = new long[n];
        int i = 0, j = 0, tail = 0;
        long total = 0;
        for (int step = 1; step < n; step++) {
            long s = 0;
            for (int r = 0; r < 2; r++) {
                if (j >= tail || (i < n && base[i] <= fused[j])) s += base[i++];
                else s += fused[j++];
            }
            fused[tail++] = s;
            total += s;
        }
        return total;
    }
}
