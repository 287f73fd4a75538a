class Solution {
    public int[] oneBitCounts(int n) {
        int[] res = new int[n + 1];
        int power = 1;
        for (int i = 1; i <= n; i++) {
            if (i > power * 2) power *= 2;
            res[i] = res[i - power] + 1;
        }
        return res;
    }
}
