class Solution {
    private String a, b;
    private int[][] memo;

    private int best(int i, int j) {
        if (i == a.length() || j == b.length()) return 0;
        if (memo[i][j] >= 0) return memo[i][j];
        int r;
        if (a.charAt(i) == b.charAt(j)) r = 1 + best(i + 1, j + 1);
        else r = Math.max(best(i + 1, j), best(i, j + 1));
        memo[i][j] = r;
        return r;
    }

    public int sharedSubsequenceLength(String x, String y) {
        a = x;
        b = y;
        memo = new int[a.length()][b.length()];
        for (int[] row : memo) Arrays.fill(row, -1);
        // fill from the last row up so the recursion stays shallow
        for (int i = a.length() - 1; i >= 0; i--) best(i, 0);
        return best(0, 0);
    }
}
