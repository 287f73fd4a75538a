class Solution {
    windowCounts(times, w) {
        // binary min-heap of timestamps in a typed array, sifting with a hole
        const heap = new Float64Array(times.length);
        let size = 0;
        const push = (v) => {
            let i = size++;
            while (i > 0) {
                const p = (i - 1) >> 1;
                if (heap[p] <= v) break;
                heap[i] = heap[p];
                i = p;
            }
            heap[i] = v;
        };
        const pop = () => {
            const last = heap[--size];
            let i = 0;
            for (;;) {
                let c = 2 * i + 1;
                if (c >= size) break;
                if (c + 1 < size && heap[c + 1] < heap[c]) c++;
                if (heap[c] >= last) break;
                heap[i] = heap[c];
                i = c;
            }
            heap[i] = last;
        };
        const res = new Array(times.length);
        for (let i = 0; i < times.length; i++) {
            const t = times[i];
            push(t);
            while (heap[0] <= t - w) pop();
            res[i] = size;
        }
        return res;
    }
}
