class Solution {
    public int[] anagramClasses(String[] words) {
        // sort every signature, then count runs of equal ones
        String[] sigs = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            char[] letters = words[i].toCharArray();
            java.util.Arrays.sort(letters);
            sigs[i] = new String(letters);
        }
        java.util.Arrays.sort(sigs);
        int classes = 0, best = 0, run = 0;
        for (int i = 0; i < sigs.length; i++) {
            if (i == 0 || !sigs[i].equals(sigs[i - 1])) {
                classes++;
                run = 0;
            }
            best = Math.max(best, ++run);
        }
        return new int[] {classes, best};
    }
}
