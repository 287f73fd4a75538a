class Solution {
    minCost(n, arcs) {
        // keep only the cheapest arc per ordered pair, in nested Maps
        const graph = new Map();
        for (const [u, v, w] of arcs) {
            let row = graph.get(u);
            if (!row) graph.set(u, (row = new Map()));
            const old = row.get(v);
            if (old === undefined || w < old) row.set(v, w);
        }
        // heap of [distance, vertex] objects; best distances in a Map
        const best = new Map([[1, 0]]);
        const heap = [[0, 1]];
        const less = (a, b) => a[0] < b[0];
        while (heap.length > 0) {
            const top = heap[0];
            const last = heap.pop();
            if (heap.length > 0) {
                heap[0] = last;
                let i = 0;
                for (;;) {
                    const l = 2 * i + 1, r = l + 1;
                    let m = i;
                    if (l < heap.length && less(heap[l], heap[m])) m = l;
                    if (r < heap.length && less(heap[r], heap[m])) m = r;
                    if (m === i) break;
                    [heap[i], heap[m]] = [heap[m], heap[i]];
                    i = m;
                }
            }
            const [d, u] = top;
            if (d > best.get(u)) continue;
            if (u === n) return d;
            const row = graph.get(u);
            if (!row) continue;
            for (const [v, w] of row) {
                const old = best.get(v);
                if (old !== undefined && old <= d + w) continue;
                best.set(v, d + w);
                heap.push([d + w, v]);
                let i = heap.length - 1;
                while (i > 0) {
                    const p = (i - 1) >> 1;
                    if (!less(heap[i], heap[p])) break;
                    [heap[i], heap[p]] = [heap[p], heap[i]];
                    i = p;
                }
            }
        }
        return -1;
    }
}
