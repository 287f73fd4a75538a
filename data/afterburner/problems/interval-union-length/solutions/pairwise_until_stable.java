class Solution {
    public long coveredLength(int[][] segments) {
        ArrayList<int[]> segs = new ArrayList<>();
        for (int[] s : segments) segs.add(new int[] {s[0], s[1]});
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < segs.size(); i++) {
                int[] a = segs.get(i);
                int j = i + 1;
                while (j < segs.size()) {
                    int[] b = segs.get(j);
                    if (a[0] <= b[1] && b[0] <= a[1]) {
                        a[0] = Math.min(a[0], b[0]);
                        a[1] = Math.max(a[1], b[1]);
                        segs.remove(j);
                        changed = true;
                    } else {
                        j++;
                    }
                }
            }
        }
        long total = 0;
        for (int[] s : segs) total += s[1] - s[0];
        return total;
    }
}
