class Solution {
    minTracks(intervals) {
        const items = intervals.slice().sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        // binary min-heap of the last end on each track
        const h = [];
        const down = () => {
            let i = 0;
            const v = h[0];
            while (true) {
                let c = 2 * i + 1;
                if (c >= h.length) break;
                if (c + 1 < h.length && h[c + 1] < h[c]) c++;
                if (h[c] >= v) break;
                h[i] = h[c];
                i = c;
            }
            h[i] = v;
        };
        for (const [s, e] of items) {
            if (h.length > 0 && h[0] < s) {
                h[0] = e;
                down();
            } else {
                let i = h.length;
                h.push(e);
                while (i > 0) {
                    const p = (i - 1) >> 1;
                    if (h[p] <= e) break;
                    h[i] = h[p];
                    i = p;
                }
                h[i] = e;
            }
        }
        return h.length;
    }
}
