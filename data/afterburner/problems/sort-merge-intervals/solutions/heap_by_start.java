class Solution {
    public int[][] unionIntervals(int[][] intervals) {
        // A min-heap hands out intervals by start; pop while they meet the block.
        PriorityQueue<int[]> heap = new PriorityQueue<>((a, b) -> Integer.compare(a[0], b[0]));
        for (int[] iv : intervals) heap.add(iv);
        List<int[]> result = new ArrayList<>();
        while (!heap.isEmpty()) {
            int[] first = heap.poll();
            int l = first[0], r = first[1];
            while (!heap.isEmpty() && heap.peek()[0] <= r) r = Math.max(r, heap.poll()[1]);
            result.add(new int[] {l, r});
        }
        return result.toArray(new int[0][]);
    }
}
