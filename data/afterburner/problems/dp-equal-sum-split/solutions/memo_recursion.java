class Solution {
    private int[] a;
    private byte[][] memo;  // 0 unknown, 1 no, 2 yes

    private boolean can(int i, int need) {
        if (need == 0) return true;
        if (i == a.length || need < 0) return false;
        if (memo[i][need] != 0) return memo[i][need] == 2;
        boolean r = can(i + 1, need - a[i]) || can(i + 1, need);
        memo[i][need] = (byte) (r ? 2 : 1);
        return r;
    }

    public boolean canSplitEvenly(int[] nums) {
        int total = 0;
        for (int x : nums) total += x;
        if (total % 2 != 0) return false;
        a = nums;
        memo = new byte[nums.length][total / 2 + 1];
        return can(0, total / 2);
    }
}
