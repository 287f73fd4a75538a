class Solution {
    public int[] divisorTally(int[] nums) {
        int[] res = new int[nums.length];
        for (int k = 0; k < nums.length; k++) {
            int x = nums[k], c = 0;
            for (int i = 1; i * i <= x; i++)
                if (x % i == 0) c += 2;  // i and x / i
            res[k] = c;
        }
        return res;
    }
}
