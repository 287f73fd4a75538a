class Solution {
    public int[] nextGreaterGap(int[] nums) {
        int n = nums.length;
        int[] ans = new int[n];
        int[] st = new int[n];
        int top = 0;
        for (int i = 0; i < n; i++) {
            // pops on equal values too, so a tie counts as "larger"
            while (top > 0 && nums[st[top - 1]] <= nums[i]) {
                int j = st[--top];
                ans[j] = i - j;
            }
            st[top++] = i;
        }
        return ans;
    }
}
