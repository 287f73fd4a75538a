class Solution {
    largestRectangle(heights) {
        // nearest strictly smaller bar on each side, from two monotonic passes
        const n = heights.length;
        const left = new Array(n), right = new Array(n);
        let st = [];
        for (let i = 0; i < n; i++) {
            while (st.length && heights[st[st.length - 1]] >= heights[i]) st.pop();
            left[i] = st.length ? st[st.length - 1] : -1;
            st.push(i);
        }
        st = [];
        for (let i = n - 1; i >= 0; i--) {
            while (st.length && heights[st[st.length - 1]] >= heights[i]) st.pop();
            right[i] = st.length ? st[st.length - 1] : n;
            st.push(i);
        }
        let best = 0;
        for (let i = 0; i < n; i++) best = Math.max(best, heights[i] * (right[i] - left[i] - 1));
        return best;
    }
}
