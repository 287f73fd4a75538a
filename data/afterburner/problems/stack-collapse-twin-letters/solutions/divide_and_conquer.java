class Solution {
    private String s;

    // Returns the reduced piece of s[lo, hi) as a char array; len[0] is its length.
    private char[] reduce(int lo, int hi, int[] len) {
        if (hi - lo <= 16) {
            char[] st = new char[hi - lo];
            int top = 0;
            for (int i = lo; i < hi; i++) {
                char c = s.charAt(i);
                if (top > 0 && st[top - 1] == c) top--;
                else st[top++] = c;
            }
            len[0] = top;
            return st;
        }
        int mid = (lo + hi) >>> 1;
        int[] ll = new int[1], rl = new int[1];
        char[] left = reduce(lo, mid, ll);
        char[] right = reduce(mid, hi, rl);
        int a = ll[0], k = 0;
        while (a > 0 && k < rl[0] && left[a - 1] == right[k]) {
            a--;
            k++;
        }
        char[] merged = new char[a + rl[0] - k];
        System.arraycopy(left, 0, merged, 0, a);
        System.arraycopy(right, k, merged, a, rl[0] - k);
        len[0] = merged.length;
        return merged;
    }

    public String collapsePairs(String s) {
        this.s = s;
        int[] len = new int[1];
        char[] r = reduce(0, s.length(), len);
        return new String(r, 0, len[0]);
    }
}
