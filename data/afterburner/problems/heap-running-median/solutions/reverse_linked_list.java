class Solution {
    public int[] runningMedians(int[] nums) {
        // offline: start from all numbers and delete from the back, walking a median
        // pointer along a linked list of the sorted order
        int n = nums.length;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) keys[i] = ((long) nums[i] << 20) | i;
        Arrays.sort(keys);
        int[] order = new int[n];
        int[] pos = new int[n], prv = new int[n], nxt = new int[n], ans = new int[n];
        for (int r = 0; r < n; r++) {
            order[r] = (int) (keys[r] & ((1 << 20) - 1));
            pos[order[r]] = r;
            prv[r] = r - 1;
            nxt[r] = r + 1;
        }
        int med = (n - 1) / 2;
        ans[n - 1] = nums[order[med]];
        for (int m = n; m > 1; m--) {
            int r = pos[m - 1];
            int before = (m - 1) / 2;
            if (r == med) med = nxt[med];
            else if (r < med) before--;
            if (prv[r] >= 0) nxt[prv[r]] = nxt[r];
            if (nxt[r] < n) prv[nxt[r]] = prv[r];
            int target = (m - 2) / 2;
            while (before > target) {
                med = prv[med];
                before--;
            }
            while (before < target) {
                med = nxt[med];
                before++;
            }
            ans[m - 2] = nums[order[med]];
        }
        return ans;
    }
}
