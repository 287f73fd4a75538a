class Solution {
    minTracks(intervals) {
        const items = intervals.slice().sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        // binary min-heap of the last end on each track
        const h = new Float64Array(items.length);
        let size = 0;
        for (const [s, e] of items) {
            if (size > 0 && h[0] <= s) {
                // replace the earliest-free track's end by e and sift down
                let i = 0;
                while (true) {
                    let c = 2 * i + 1;
                    if (c >= size) break;
                    if (c + 1 < size && h[c + 1] < h[c]) c++;
                    if (h[c] >= e) break;
                    h[i] = h[c];
                    i = c;
                }
                h[i] = e;
            } else {
                let i = size++;
                while (i > 0) {
                    const p = (i - 1) >> 1;
                    if (h[p] <= e) break;
                    h[i] = h[p];
                    i = p;
                }
                h[i] = e;
            }
        }
        return size;
    }
}
