class Solution {
    public int[] nextGreaterGap(int[] nums) {
        // Max segment tree; for each i descend to the leftmost leaf > nums[i] right of i.
        int n = nums.length;
        int size = 1;
        while (size < n) size <<= 1;
        long[] tree = new long[2 * size];
        java.util.Arrays.fill(tree, Long.MIN_VALUE);
        for (int i = 0; i < n; i++) tree[size + i] = nums[i];
        for (int v = size - 1; v >= 1; v--) tree[v] = Math.max(tree[2 * v], tree[2 * v + 1]);
        int[] ans = new int[n];
        for (int i = 0; i + 1 < n; i++) {
            long x = nums[i];
            int v = i + 1 + size;
            boolean found = true;
            while (tree[v] <= x) {
                while ((v & 1) == 1) v >>= 1;
                if (v == 0) { found = false; break; }
                v++;
            }
            if (!found) continue;
            while (v < size) v = tree[2 * v] > x ? 2 * v : 2 * v + 1;
            ans[i] = v - size - i;
        }
        return ans;
    }
}
