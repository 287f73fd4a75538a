class Solution {
    largestRectangle(heights) {
        // increasing stack of indices; a zero-height bar at the end flushes it
        const n = heights.length;
        const st = new Int32Array(n + 1);
        let top = 0;
        let best = 0;
        for (let i = 0; i <= n; i++) {
            const x = i < n ? heights[i] : 0;
            while (top > 0 && heights[st[top - 1]] >= x) {
                const h = heights[st[--top]];
                const left = top > 0 ? st[top - 1] : -1;
                const area = h * (i - left - 1);
                if (area > best) best = area;
            }
            st[top++] = i;
        }
        return best;
    }
}
