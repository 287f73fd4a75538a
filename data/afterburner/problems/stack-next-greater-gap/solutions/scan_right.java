class Solution {
    public int[] nextGreaterGap(int[] nums) {
        int n = nums.length;
        int[] ans = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (nums[j] > nums[i]) {
                    ans[i] = j - i;
                    break;
                }
            }
        }
        return ans;
    }
}
