class Solution {
    public long[] sortedSquares(long[] nums) {
        int n = nums.length;
        long[] result = new long[n];
        int left = 0, right = n - 1;
        for (int pos = n - 1; pos >= 0; pos--) {
            long a = nums[left], b = nums[right];
            if (-a > b) { result[pos] = a * a; left++; }
            else { result[pos] = b * b; right--; }
        }
        return result;
    }
}
