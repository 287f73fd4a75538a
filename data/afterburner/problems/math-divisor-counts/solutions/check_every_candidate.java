class Solution {
    public int[] divisorTally(int[] nums) {
        int[] res = new int[nums.length];
        for (int k = 0; k < nums.length; k++) {
            int x = nums[k], c = 0;
            for (int d = 1; d <= x; d++)
                if (x % d == 0) c++;
            res[k] = c;
        }
        return res;
    }
}
