class Solution {
    public long coveredLength(int[][] segments) {
        // boxed min-heap of segments ordered by start, then end
        PriorityQueue<int[]> heap = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        for (int[] s : segments) heap.add(s);
        int[] first = heap.poll();
        long total = 0;
        long start = first[0], end = first[1];
        while (!heap.isEmpty()) {
            int[] s = heap.poll();
            if (s[0] > end) {
                total += end - start;
                start = s[0];
                end = s[1];
            } else if (s[1] > end) {
                end = s[1];
            }
        }
        return total + end - start;
    }
}
