class Solution {
    public int lastRemaining(int[] weights) {
        PriorityQueue<Integer> heap = new PriorityQueue<>(Collections.reverseOrder());
        for (int w : weights) heap.add(w);
        while (heap.size() > 1) {
            int x = heap.poll();
            int y = heap.poll();
            if (x > y) heap.add(x - y);
        }
        return heap.isEmpty() ? 0 : heap.peek();
    }
}
