class Solution {
    public long minFuseCost(int[] nums) {
        PriorityQueue<Long> heap = new PriorityQueue<>();
        for (int v : nums) heap.add((long) v);
        long total = 0;
        while (heap.size() > 1) {
            long s = heap.poll() + heap.poll();
            total += s;
            heap.add(s);
        }
        return total;
    }
}
