class Solution {
    public int[][] unionIntervals(int[][] intervals) {
        // Merge any meeting pair found, then start the search over.
        List<int[]> blocks = new ArrayList<>();
        for (int[] iv : intervals) blocks.add(new int[] {iv[0], iv[1]});
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < blocks.size() && !changed; i++) {
                for (int j = i + 1; j < blocks.size(); j++) {
                    int[] a = blocks.get(i), b = blocks.get(j);
                    if (a[0] <= b[1] && b[0] <= a[1]) {
                        blocks.set(i, new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
                        blocks.remove(j);
                        changed = true;
                        break;
                    }
                }
            }
        }
        blocks.sort((a, b) -> Integer.compare(a[0], b[0]));
        return blocks.toArray(new int[0][]);
    }
}
