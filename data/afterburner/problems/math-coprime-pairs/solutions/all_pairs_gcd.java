class Solution {
    private static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    public long countCoprimePairs(int[] nums) {
        long count = 0;
        for (int i = 0; i < nums.length; i++)
            for (int j = i + 1; j < nums.length; j++)
                if (gcd(nums[i], nums[j]) == 1) count++;
        return count;
    }
}
