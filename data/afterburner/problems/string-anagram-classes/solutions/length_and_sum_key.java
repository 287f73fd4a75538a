class Solution {
    public int[] anagramClasses(String[] words) {
        // key: word length together with the sum of its letter codes
        java.util.HashMap<Long, Integer> sizes = new java.util.HashMap<>();
        int best = 0;
        for (String w : words) {
            long sum = 0;
            for (int i = 0; i < w.length(); i++) sum += w.charAt(i);
            long key = (long) w.length() << 32 | sum;
            int size = sizes.merge(key, 1, Integer::sum);
            best = Math.max(best, size);
        }
        return new int[] {sizes.size(), best};
    }
}
