class Solution {
    public long largestRectangle(int[] heights) {
        int n = heights.length;
        int[] st = new int[n];
        int top = 0;
        long best = 0;
        for (int i = 0; i < n; i++) {
            while (top > 0 && heights[st[top - 1]] >= heights[i]) {
                long h = heights[st[--top]];
                int width = top > 0 ? i - st[top - 1] - 1 : i;
                best = Math.max(best, h * width);
            }
            st[top++] = i;
        }
        // bars still on the stack are never measured
        return best;
    }
}
