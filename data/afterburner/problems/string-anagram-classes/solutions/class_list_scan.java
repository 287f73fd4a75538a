class Solution {
    public int[] anagramClasses(String[] words) {
        // keep the classes in a list and look each signature up by scanning it
        java.util.ArrayList<String> keys = new java.util.ArrayList<>();
        java.util.ArrayList<Integer> sizes = new java.util.ArrayList<>();
        for (String w : words) {
            char[] letters = w.toCharArray();
            java.util.Arrays.sort(letters);
            String key = new String(letters);
            int at = keys.indexOf(key);
            if (at < 0) {
                keys.add(key);
                sizes.add(1);
            } else {
                sizes.set(at, sizes.get(at) + 1);
            }
        }
        int best = 0;
        for (int s : sizes) best = Math.max(best, s);
        return new int[] {keys.size(), best};
    }
}
