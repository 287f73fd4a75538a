class Solution {
    public long mergeCost(int[] w) {
        // Garsia-Wachs: merge the first pair a[k], a[k+1] with a[k] <= a[k+2], then move
        // the merged pile left past every lighter pile. Sentinels at both ends.
        final long INF = Long.MAX_VALUE / 4;
        ArrayList<Long> a = new ArrayList<>();
        a.add(INF);
        for (int x : w) a.add((long) x);
        a.add(INF);
        long total = 0;
        while (a.size() > 3) {
            int k = 1;
            while (a.get(k - 1) > a.get(k + 1)) k++;
            k--;
            long merged = a.get(k) + a.get(k + 1);
            total += merged;
            a.remove(k + 1);
            a.remove(k);
            int pos = k - 1;
            while (a.get(pos) < merged) pos--;
            a.add(pos + 1, merged);
        }
        return total;
    }
}
