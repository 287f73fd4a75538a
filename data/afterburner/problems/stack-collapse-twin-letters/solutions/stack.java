class Solution {
    public String collapsePairs(String s) {
        ArrayDeque<Character> st = new ArrayDeque<>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!st.isEmpty() && st.peekLast() == c) st.pollLast();
            else st.addLast(c);
        }
        StringBuilder sb = new StringBuilder(st.size());
        for (char c : st) sb.append(c);
        return sb.toString();
    }
}
