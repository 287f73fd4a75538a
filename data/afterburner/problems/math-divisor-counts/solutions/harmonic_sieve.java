class Solution {
    public int[] divisorTally(int[] nums) {
        int top = 0;
        for (int x : nums) top = Math.max(top, x);
        // every d adds one to each of its multiples
        int[] count = new int[top + 1];
        for (int d = 1; d <= top; d++)
            for (int m = d; m <= top; m += d) count[m]++;
        int[] res = new int[nums.length];
        for (int i = 0; i < nums.length; i++) res[i] = count[nums[i]];
        return res;
    }
}
