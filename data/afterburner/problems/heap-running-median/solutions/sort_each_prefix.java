class Solution {
    public int[] runningMedians(int[] nums) {
        int[] out = new int[nums.length];
        for (int i = 1; i <= nums.length; i++) {
            int[] prefix = Arrays.copyOf(nums, i);
            Arrays.sort(prefix);
            out[i - 1] = prefix[(i - 1) / 2];
        }
        return out;
    }
}
