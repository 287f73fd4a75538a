class Solution {
    public int[] oneBitCounts(int n) {
        // i & (i - 1) is i without its lowest set bit
        int[] res = new int[n + 1];
        for (int i = 1; i <= n; i++) res[i] = res[i & (i - 1)] + 1;
        return res;
    }
}
