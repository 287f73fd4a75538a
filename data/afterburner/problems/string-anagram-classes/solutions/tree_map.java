class Solution {
    public int[] anagramClasses(String[] words) {
        // sorted signatures kept in a red-black tree
        java.util.TreeMap<String, Integer> sizes = new java.util.TreeMap<>();
        int best = 0;
        for (String w : words) {
            char[] letters = w.toCharArray();
            java.util.Arrays.sort(letters);
            int size = sizes.merge(String.valueOf(letters), 1, Integer::sum);
            best = Math.max(best, size);
        }
        return new int[] {sizes.size(), best};
    }
}
