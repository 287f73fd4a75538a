class Solution {
    public int[] divisorTally(int[] nums) {
        int top = 0;
        for (int x : nums) top = Math.max(top, x);
        int[] spf = new int[top + 1];  // smallest prime factor
        for (int p = 2; p <= top; p++) {
            if (spf[p] != 0) continue;
            for (int m = p; m <= top; m += p)
                if (spf[m] == 0) spf[m] = p;
        }
        int[] res = new int[nums.length];
        for (int i = 0; i < nums.length; i++) {
            int x = nums[i], count = 1;
            while (x > 1) {
                int q = spf[x], e = 0;
                while (x % q == 0) { x /= q; e++; }
                count *= e + 1;
            }
            res[i] = count;
        }
        return res;
    }
}
