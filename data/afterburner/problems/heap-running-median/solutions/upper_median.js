class Solution {
    runningMedians(nums) {
        const n = nums.length;
        // low holds negated values so both heaps are min-heaps
        const low = [];
        const high = [];
        const push = (h, v) => {
            let i = h.length;
            h.push(v);
            while (i > 0) {
                const p = (i - 1) >> 1;
                if (h[p] <= v) break;
                h[i] = h[p];
                i = p;
            }
            h[i] = v;
        };
        const pop = (h) => {
            const top = h[0];
            const v = h.pop();
            const size = h.length;
            if (size > 0) {
                let i = 0;
                while (true) {
                    let c = 2 * i + 1;
                    if (c >= size) break;
                    if (c + 1 < size && h[c + 1] < h[c]) c++;
                    if (h[c] >= v) break;
                    h[i] = h[c];
                    i = c;
                }
                h[i] = v;
            }
            return top;
        };
        const out = new Array(n);
        for (let i = 0; i < n; i++) {
            push(low, -nums[i]);
            push(high, -pop(low));
            if (high.length > low.length) push(low, -pop(high));
            // for an even count this picks the larger middle element
            out[i] = low.length > high.length ? -low[0] : high[0];
        }
        return out;
    }
}
