class Solution {
    public String collapsePairs(String s) {
        char[] a = s.toCharArray();
        int top = 0;
        for (int i = 0; i < a.length; i++) {
            if (top > 0 && a[top - 1] == a[i]) top--;
            else a[top++] = a[i];
        }
        return new String(a, 0, top);
    }
}
