class Solution {
    public long largestRectangle(int[] heights) {
        // increasing stack of indices; a zero-height bar at the end flushes it
        int n = heights.length;
        int[] st = new int[n + 1];
        int top = 0;
        long best = 0;
        for (int i = 0; i <= n; i++) {
            long x = i < n ? heights[i] : 0;
            while (top > 0 && heights[st[top - 1]] >= x) {
                long h = heights[st[--top]];
                int left = top > 0 ? st[top - 1] : -1;
                best = Math.max(best, h * (i - left - 1));
            }
            st[top++] = i;
        }
        return best;
    }
}
