class Solution {
    public int[] nextGreaterGap(int[] nums) {
        // nxt[i] = next larger index; follow already-known links to skip blocks
        int n = nums.length;
        int[] nxt = new int[n];
        int[] ans = new int[n];
        if (n > 0) nxt[n - 1] = n;
        for (int i = n - 2; i >= 0; i--) {
            int j = i + 1;
            while (j < n && nums[j] <= nums[i]) j = nxt[j];
            nxt[i] = j;
        }
        for (int i = 0; i < n; i++) if (nxt[i] < n) ans[i] = nxt[i] - i;
        return ans;
    }
}
