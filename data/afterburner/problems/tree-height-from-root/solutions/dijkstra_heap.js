class Solution {
    treeHeight(n, edges) {
        // shortest distances from the root, every edge weighing 1, with a binary heap
        const adj = Array.from({ length: n + 1 }, () => []);
        for (const [u, v] of edges) {
            adj[u].push(v);
            adj[v].push(u);
        }
        const heap = [];
        const push = (item) => {
            heap.push(item);
            let i = heap.length - 1;
            while (i > 0) {
                const p = (i - 1) >> 1;
                if (heap[p][0] <= heap[i][0]) break;
                [heap[p], heap[i]] = [heap[i], heap[p]];
                i = p;
            }
        };
        const pop = () => {
            const top = heap[0];
            const last = heap.pop();
            if (heap.length) {
                heap[0] = last;
                let i = 0;
                for (;;) {
                    const l = 2 * i + 1, r = l + 1;
                    let m = i;
                    if (l < heap.length && heap[l][0] < heap[m][0]) m = l;
                    if (r < heap.length && heap[r][0] < heap[m][0]) m = r;
                    if (m === i) break;
                    [heap[m], heap[i]] = [heap[i], heap[m]];
                    i = m;
                }
            }
            return top;
        };
        const dist = new Array(n + 1).fill(Infinity);
        dist[1] = 0;
        push([0, 1]);
        while (heap.length) {
            const [d, node] = pop();
            if (d > dist[node]) continue;
            for (const nxt of adj[node]) {
                if (d + 1 < dist[nxt]) {
                    dist[nxt] = d + 1;
                    push([d + 1, nxt]);
                }
            }
        }
        let best = 0;
        for (let v = 1; v <= n; v++) if (dist[v] > best) best = dist[v];
        return best;
    }
}
