class Solution {
    public int[] windowCounts(long[] times, long w) {
        PriorityQueue<Long> heap = new PriorityQueue<>();
        int[] res = new int[times.length];
        for (int i = 0; i < times.length; i++) {
            long t = times[i];
            heap.add(t);
            while (heap.peek() <= t - w) heap.poll();
            res[i] = heap.size();
        }
        return res;
    }
}
