class Solution {
    public int[] runningMedians(int[] nums) {
        PriorityQueue<Integer> low = new PriorityQueue<>(Collections.reverseOrder());
        PriorityQueue<Integer> high = new PriorityQueue<>();
        int[] out = new int[nums.length];
        for (int i = 0; i < nums.length; i++) {
            low.add(nums[i]);
            high.add(low.poll());
            if (high.size() > low.size()) low.add(high.poll());
            // for an even count this picks the larger middle element
            out[i] = low.size() > high.size() ? low.peek() : high.peek();
        }
        return out;
    }
}
