class Solution {
    public long largestRectangle(int[] heights) {
        // nearest strictly smaller bar on each side, from two monotonic passes
        int n = heights.length;
        int[] left = new int[n], right = new int[n];
        ArrayDeque<Integer> st = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            while (!st.isEmpty() && heights[st.peek()] >= heights[i]) st.pop();
            left[i] = st.isEmpty() ? -1 : st.peek();
            st.push(i);
        }
        st.clear();
        for (int i = n - 1; i >= 0; i--) {
            while (!st.isEmpty() && heights[st.peek()] >= heights[i]) st.pop();
            right[i] = st.isEmpty() ? n : st.peek();
            st.push(i);
        }
        long best = 0;
        for (int i = 0; i < n; i++) best = Math.max(best, (long) heights[i] * (right[i] - left[i] - 1));
        return best;
    }
}
