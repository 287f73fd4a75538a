class Solution {
    minCost(n, arcs) {
        // adjacency in compressed rows: start[u] .. start[u + 1]
        const m = arcs.length;
        const start = new Int32Array(n + 2), to = new Int32Array(m), cost = new Int32Array(m);
        for (const a of arcs) start[a[0] + 1]++;
        for (let u = 1; u <= n + 1; u++) start[u] += start[u - 1];
        const fill = start.slice();
        for (const a of arcs) {
            const i = fill[a[0]]++;
            to[i] = a[1];
            cost[i] = a[2];
        }
        const dist = new Int32Array(n + 1).fill(0x7fffffff);
        // binary heap of keys distance * 2^17 + vertex
        const SHIFT = 131072;
        const heap = [];
        const push = (key) => {
            let i = heap.length;
            heap.push(key);
            while (i > 0) {
                const p = (i - 1) >> 1;
                if (heap[p] <= key) break;
                heap[i] = heap[p];
                i = p;
            }
            heap[i] = key;
        };
        const pop = () => {
            const top = heap[0];
            const last = heap.pop();
            const len = heap.length;
            if (len > 0) {
                let i = 0;
                for (;;) {
                    let c = 2 * i + 1;
                    if (c >= len) break;
                    if (c + 1 < len && heap[c + 1] < heap[c]) c++;
                    if (heap[c] >= last) break;
                    heap[i] = heap[c];
                    i = c;
                }
                heap[i] = last;
            }
            return top;
        };
        dist[1] = 0;
        push(1);
        while (heap.length > 0) {
            const key = pop();
            const u = key % SHIFT, d = (key - u) / SHIFT;
            if (d > dist[u]) continue;
            if (u === n) return d;
            for (let i = start[u]; i < start[u + 1]; i++) {
                const nd = d + cost[i];
                if (nd < dist[to[i]]) {
                    dist[to[i]] = nd;
                    push(nd * SHIFT + to[i]);
                }
            }
        }
        return -1;
    }
}
