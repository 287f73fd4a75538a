class Solution {
    public int[] oneBitCounts(int n) {
        int[] res = new int[n + 1];
        for (int i = 0; i <= n; i++) res[i] = Integer.bitCount(i);
        return res;
    }
}
