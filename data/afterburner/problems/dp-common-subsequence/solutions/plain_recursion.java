class Solution {
    private int best(String a, String b, int i, int j) {
        if (i == a.length() || j == b.length()) return 0;
        if (a.charAt(i) == b.charAt(j)) return 1 + best(a, b, i + 1, j + 1);
        return Math.max(best(a, b, i + 1, j), best(a, b, i, j + 1));
    }

    public int sharedSubsequenceLength(String a, String b) {
        return best(a, b, 0, 0);
    }
}
