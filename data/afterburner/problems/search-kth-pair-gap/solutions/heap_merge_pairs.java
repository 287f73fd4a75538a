class Solution {
    public long kthGap(long[] nums, long k) {
        long[] a = nums.clone();
        Arrays.sort(a);
        int n = a.length;
        // entries {gap, i, j}
        PriorityQueue<long[]> heap = new PriorityQueue<>((x, y) -> Long.compare(x[0], y[0]));
        for (int i = 0; i + 1 < n; i++) heap.add(new long[] {a[i + 1] - a[i], i, i + 1});
        for (long step = 1; step < k; step++) {
            long[] top = heap.poll();
            int i = (int) top[1], j = (int) top[2];
            if (j + 1 < n) heap.add(new long[] {a[j + 1] - a[i], i, j + 1});
        }
        return heap.peek()[0];
    }
}
