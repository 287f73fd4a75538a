class Solution {
    public int sharedSubsequenceLength(String a, String b) {
        char[] bs = b.toCharArray();
        int m = bs.length;
        int[] row = new int[m + 1];
        for (int i = 0; i < a.length(); i++) {
            char ch = a.charAt(i);
            int diag = 0;  // row[j - 1] from the previous pass
            for (int j = 1; j <= m; j++) {
                int above = row[j];
                if (ch == bs[j - 1]) row[j] = diag + 1;
                else if (row[j - 1] > above) row[j] = row[j - 1];
                diag = above;
            }
        }
        return row[m];
    }
}
