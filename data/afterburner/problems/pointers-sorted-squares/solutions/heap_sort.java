class Solution {
    public long[] sortedSquares(long[] nums) {
        // min-heap of every square, popped in order
        PriorityQueue<Long> heap = new PriorityQueue<>();
        for (long x : nums) heap.add(x * x);
        long[] result = new long[nums.length];
        for (int k = 0; k < result.length; k++) result[k] = heap.poll();
        return result;
    }
}
