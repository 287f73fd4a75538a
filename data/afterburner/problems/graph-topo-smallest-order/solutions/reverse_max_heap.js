class Solution {
    smallestOrder(n, rules) {
        // build the order from the back: place the largest task nothing unplaced must follow
        const pred = Array.from({ length: n + 1 }, () => []);
        const outdeg = new Int32Array(n + 1);
        for (const [u, v] of rules) {
            pred[v].push(u);
            outdeg[u]++;
        }
        const heap = [];
        const push = (x) => {
            heap.push(x);
            let i = heap.length - 1;
            while (i > 0) {
                const p = (i - 1) >> 1;
                if (heap[p] >= heap[i]) break;
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
                    const l = 2 * i + 1, r = l + 1;
                    let m = i;
                    if (l < heap.length && heap[l] > heap[m]) m = l;
                    if (r < heap.length && heap[r] > heap[m]) m = r;
                    if (m === i) break;
                    [heap[m], heap[i]] = [heap[i], heap[m]];
                    i = m;
                }
            }
            return top;
        };
        for (let v = 1; v <= n; v++) if (outdeg[v] === 0) push(v);
        const back = [];
        while (heap.length > 0) {
            const v = pop();
            back.push(v);
            for (const u of pred[v]) if (--outdeg[u] === 0) push(u);
        }
        return back.length === n ? back.reverse() : [];
    }
}
