class Solution {
    public int[] anagramClasses(String[] words) {
        // equivalent words have the same letters in sorted order
        java.util.HashMap<String, Integer> sizes = new java.util.HashMap<>();
        int best = 0;
        for (String w : words) {
            char[] letters = w.toCharArray();
            java.util.Arrays.sort(letters);
            int size = sizes.merge(new String(letters), 1, Integer::sum);
            best = Math.max(best, size);
        }
        return new int[] {sizes.size(), best};
    }
}
