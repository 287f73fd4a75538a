class Solution {
    public int[] nextGreaterGap(int[] nums) {
        int n = nums.length;
        int[] ans = new int[n];
        int[] st = new int[n];
        int top = 0;
        for (int i = n - 1; i >= 0; i--) {
            while (top > 0 && nums[st[top - 1]] <= nums[i]) top--;
            ans[i] = top > 0 ? st[top - 1] - i : 0;
            st[top++] = i;
        }
        return ans;
    }
}
