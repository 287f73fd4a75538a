class Solution {
    public long coveredLength(int[][] segments) {
        // disjoint covered pieces keyed by start; each segment absorbs the pieces it meets
        TreeMap<Integer, Integer> pieces = new TreeMap<>();
        for (int[] s : segments) {
            int l = s[0], r = s[1];
            Map.Entry<Integer, Integer> before = pieces.floorEntry(l);
            if (before != null && before.getValue() >= l) {
                l = before.getKey();
                r = Math.max(r, before.getValue());
                pieces.remove(before.getKey());
            }
            Map.Entry<Integer, Integer> next = pieces.ceilingEntry(l);
            while (next != null && next.getKey() <= r) {
                r = Math.max(r, next.getValue());
                pieces.remove(next.getKey());
                next = pieces.ceilingEntry(l);
            }
            pieces.put(l, r);
        }
        long total = 0;
        for (Map.Entry<Integer, Integer> e : pieces.entrySet()) total += e.getValue() - e.getKey();
        return total;
    }
}
