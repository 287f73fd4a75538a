class Solution {
    kthGap(nums, k) {
        const a = Float64Array.from(nums).sort();
        const n = a.length;
        // binary min-heap of [gap, i, j]
        const heap = [];
        const less = (x, y) => x[0] < y[0];
        const push = (item) => {
            heap.push(item);
            let i = heap.length - 1;
            while (i > 0) {
                const p = (i - 1) >> 1;
                if (!less(heap[i], heap[p])) break;
                [heap[p], heap[i]] = [heap[i], heap[p]];
                i = p;
            }
        };
        const pop = () => {
            const top = heap[0];
            const last = heap.pop();
            if (heap.length > 0) {
                heap[0] = last;
                let i = 0;
                for (;;) {
                    const l = 2 * i + 1;
                    const r = l + 1;
                    let m = i;
                    if (l < heap.length && less(heap[l], heap[m])) m = l;
                    if (r < heap.length && less(heap[r], heap[m])) m = r;
                    if (m === i) break;
                    [heap[m], heap[i]] = [heap[i], heap[m]];
                    i = m;
                }
            }
            return top;
        };
        for (let i = 0; i + 1 < n; i++) push([a[i + 1] - a[i], i, i + 1]);
        for (let step = 1; step < k; step++) {
            const [, i, j] = pop();
            if (j + 1 < n) push([a[j + 1] - a[i], i, j + 1]);
        }
        return heap[0][0];
    }
}
