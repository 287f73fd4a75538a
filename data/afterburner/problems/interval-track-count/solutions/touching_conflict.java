class Solution {
    public int minTracks(int[][] intervals) {
        int[][] items = intervals.clone();
        Arrays.sort(items, (a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        PriorityQueue<Integer> ends = new PriorityQueue<>();
        for (int[] iv : items) {
            if (!ends.isEmpty() && ends.peek() < iv[0]) ends.poll();
            ends.add(iv[1]);
        }
        return ends.size();
    }
}
