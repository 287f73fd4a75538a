class Solution {
    public int[] nextGreaterGap(int[] nums) {
        int n = nums.length;
        int levels = 1;
        while ((1 << levels) <= n) levels++;
        int[][] sp = new int[levels][];
        sp[0] = nums.clone();
        for (int k = 1; k < levels; k++) {
            int len = n - (1 << k) + 1;
            sp[k] = new int[len];
            int half = 1 << (k - 1);
            for (int i = 0; i < len; i++) sp[k][i] = Math.max(sp[k - 1][i], sp[k - 1][i + half]);
        }
        int[] ans = new int[n];
        for (int i = 0; i < n; i++) {
            int pos = i + 1;
            for (int k = levels - 1; k >= 0; k--) {
                if (pos < sp[k].length && sp[k][pos] <= nums[i]) pos += 1 << k;
            }
            if (pos < n) ans[i] = pos - i;
        }
        return ans;
    }
}
