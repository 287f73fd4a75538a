class Solution {
    public int[] windowMaxima(int[] nums, int k) {
        // row[i] = max of nums[i .. i + p - 1], doubling p up to the largest power <= k
        int[] row = nums.clone();
        int len = row.length;
        int p = 1;
        while (2 * p <= k) {
            int[] next = new int[len - p];
            for (int i = 0; i < next.length; i++) next[i] = Math.max(row[i], row[i + p]);
            row = next;
            len = next.length;
            p *= 2;
        }
        int shift = k - p;
        int[] out = new int[nums.length - k + 1];
        for (int i = 0; i < out.length; i++) out[i] = Math.max(row[i], row[i + shift]);
        return out;
    }
}
