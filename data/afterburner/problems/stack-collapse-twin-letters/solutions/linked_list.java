class Solution {
    public String collapsePairs(String s) {
        // Doubly linked list over positions 1..n with sentinels 0 and n+1.
        int n = s.length();
        int[] prv = new int[n + 2], nxt = new int[n + 2];
        for (int i = 0; i <= n + 1; i++) {
            prv[i] = i - 1;
            nxt[i] = i + 1;
        }
        int cur = 1;
        while (cur <= n) {
            int b = nxt[cur];
            if (b <= n && s.charAt(cur - 1) == s.charAt(b - 1)) {
                int a = prv[cur], c = nxt[b];
                nxt[a] = c;
                prv[c] = a;
                cur = (a == 0) ? c : a;
            } else {
                cur = b;
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = nxt[0]; i <= n; i = nxt[i]) sb.append(s.charAt(i - 1));
        return sb.toString();
    }
}
