class Solution {
    public String collapsePairs(String s) {
        // erase the first equal pair, then search again from the beginning
        StringBuilder sb = new StringBuilder(s);
        while (true) {
            int i = 0;
            while (i + 1 < sb.length() && sb.charAt(i) != sb.charAt(i + 1)) i++;
            if (i + 1 >= sb.length()) return sb.toString();
            sb.delete(i, i + 2);
        }
    }
}
