class Solution {
    public long largestRectangle(int[] h) {
        // split every block at its lowest bar, found with a sparse table of argmins
        int n = h.length;
        int levels = 1;
        while ((1 << levels) <= n) levels++;
        int[][] table = new int[levels][];
        table[0] = new int[n];
        for (int i = 0; i < n; i++) table[0][i] = i;
        for (int j = 1; j < levels; j++) {
            int[] prev = table[j - 1];
            int[] row = new int[n - (1 << j) + 1];
            int half = 1 << (j - 1);
            for (int i = 0; i < row.length; i++) {
                int a = prev[i], b = prev[i + half];
                row[i] = h[a] <= h[b] ? a : b;
            }
            table[j] = row;
        }
        long best = 0;
        int[] stackL = new int[n], stackR = new int[n];
        int top = 0;
        stackL[top] = 0;
        stackR[top++] = n - 1;
        while (top > 0) {
            top--;
            int l = stackL[top], r = stackR[top];
            int k = 31 - Integer.numberOfLeadingZeros(r - l + 1);
            int a = table[k][l], b = table[k][r - (1 << k) + 1];
            int m = h[a] <= h[b] ? a : b;
            best = Math.max(best, (long) h[m] * (r - l + 1));
            if (l < m) { stackL[top] = l; stackR[top++] = m - 1; }
            if (m < r) { stackL[top] = m + 1; stackR[top++] = r; }
        }
        return best;
    }
}
