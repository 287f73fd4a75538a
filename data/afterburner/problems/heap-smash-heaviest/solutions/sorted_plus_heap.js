class Solution {
    lastRemaining(weights) {
        // the original weights are consumed from a sorted array (largest first);
        // only the differences go through a max-heap
        const n = weights.length;
        const a = Int32Array.from(weights).sort().reverse();
        const heap = new Int32Array(n);
        let hs = 0;
        let p = 0;
        const push = (v) => {
            let i = hs++;
            while (i > 0) {
                const q = (i - 1) >> 1;
                if (heap[q] >= v) break;
                heap[i] = heap[q];
                i = q;
            }
            heap[i] = v;
        };
        const take = () => {
            if (hs > 0 && (p === n || heap[0] >= a[p])) {
                const top = heap[0];
                const v = heap[--hs];
                let i = 0;
                while (true) {
                    let c = 2 * i + 1;
                    if (c >= hs) break;
                    if (c + 1 < hs && heap[c + 1] > heap[c]) c++;
                    if (heap[c] <= v) break;
                    heap[i] = heap[c];
                    i = c;
                }
                heap[i] = v;
                return top;
            }
            return a[p++];
        };
        while (n - p + hs > 1) {
            const x = take();
            const y = take();
            if (x > y) push(x - y);
        }
        return n - p + hs === 1 ? take() : 0;
    }
}
