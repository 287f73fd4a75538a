class Solution {
    public int[] divisorTally(int[] nums) {
        int[] res = new int[nums.length];
        for (int k = 0; k < nums.length; k++) {
            int x = nums[k], c = 0;
            for (int i = 1; i * i <= x; i++)
                if (x % i == 0) c += (i * i == x) ? 1 : 2;
            res[k] = c;
        }
        return res;
    }
}
