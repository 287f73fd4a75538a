class Solution {
    public int minTracks(int[][] intervals) {
        int[][] items = intervals.clone();
        Arrays.sort(items, (a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        int[] tracks = new int[items.length]; // end of the last booking on each track
        int used = 0;
        for (int[] iv : items) {
            int t = 0;
            while (t < used && tracks[t] > iv[0]) t++;
            if (t == used) used++;
            tracks[t] = iv[1];
        }
        return used;
    }
}
