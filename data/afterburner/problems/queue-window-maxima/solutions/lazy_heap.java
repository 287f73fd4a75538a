class Solution {
    public int[] windowMaxima(int[] nums, int k) {
        // max-heap of indices by value; indices that left the window are dropped when on top
        java.util.PriorityQueue<Integer> heap =
            new java.util.PriorityQueue<>((a, b) -> Integer.compare(nums[b], nums[a]));
        int[] out = new int[nums.length - k + 1];
        for (int i = 0; i < nums.length; i++) {
            heap.add(i);
            if (i < k - 1) continue;
            while (heap.peek() <= i - k) heap.poll();
            out[i - k + 1] = nums[heap.peek()];
        }
        return out;
    }
}
