class Solution {
    public int[] anagramClasses(String[] words) {
        // key: the 26 letter counts written as characters
        java.util.HashMap<String, Integer> sizes = new java.util.HashMap<>();
        int best = 0;
        char[] counts = new char[26];
        for (String w : words) {
            java.util.Arrays.fill(counts, (char) 0);
            for (int i = 0; i < w.length(); i++) counts[w.charAt(i) - 'a']++;
            int size = sizes.merge(new String(counts), 1, Integer::sum);
            best = Math.max(best, size);
        }
        return new int[] {sizes.size(), best};
    }
}
