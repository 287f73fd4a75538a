class Solution {
    lastRemaining(weights) {
        // max-heap of distinct values plus a count per value
        const count = new Map();
        for (const w of weights) count.set(w, (count.get(w) || 0) + 1);
        const heap = [];
        const push = (v) => {
            let i = heap.length;
            heap.push(v);
            while (i > 0) {
                const p = (i - 1) >> 1;
                if (heap[p] >= v) break;
                heap[i] = heap[p];
                i = p;
            }
            heap[i] = v;
        };
        const pop = () => {
            const top = heap[0];
            const v = heap.pop();
            const size = heap.length;
            if (size > 0) {
                let i = 0;
                while (true) {
                    let c = 2 * i + 1;
                    if (c >= size) break;
                    if (c + 1 < size && heap[c + 1] > heap[c]) c++;
                    if (heap[c] <= v) break;
                    heap[i] = heap[c];
                    i = c;
                }
                heap[i] = v;
            }
            return top;
        };
        for (const v of count.keys()) push(v);
        while (heap.length > 0) {
            const x = pop();
            const c = count.get(x);
            count.delete(x);
            if (c % 2 === 0) continue; // equal pairs of the largest value cancel out
            if (heap.length === 0) return x;
            const y = heap[0];
            const cy = count.get(y) - 1;
            if (cy === 0) {
                pop();
                count.delete(y);
            } else {
                count.set(y, cy);
            }
            const d = x - y;
            const have = count.get(d);
            if (have !== undefined) count.set(d, have + 1);
            else {
                count.set(d, 1);
                push(d);
            }
        }
        return 0;
    }
}
