class Solution {
    public long largestRectangle(int[] heights) {
        int n = heights.length;
        long best = 0;
        for (int i = 0; i < n; i++) {
            long low = heights[i];
            for (int j = i; j < n; j++) {
                low = Math.min(low, heights[j]);
                best = Math.max(best, low * (j - i + 1));
            }
        }
        return best;
    }
}
