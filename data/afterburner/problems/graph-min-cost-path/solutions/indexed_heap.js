class Solution {
    minCost(n, arcs) {
        // Dijkstra with decrease-key: every vertex sits in the heap at most once
        const adj = Array.from({ length: n + 1 }, () => []);
        for (const [u, v, w] of arcs) adj[u].push([v, w]);
        const dist = new Float64Array(n + 1).fill(Infinity);
        const pos = new Int32Array(n + 1).fill(-1); // -1 never queued, -2 settled
        const heap = new Int32Array(n + 1);
        let size = 0;
        const siftUp = (i) => {
            const v = heap[i];
            while (i > 0) {
                const p = (i - 1) >> 1;
                if (dist[heap[p]] <= dist[v]) break;
                heap[i] = heap[p];
                pos[heap[i]] = i;
                i = p;
            }
            heap[i] = v;
            pos[v] = i;
        };
        const siftDown = (i) => {
            const v = heap[i];
            for (;;) {
                let c = 2 * i + 1;
                if (c >= size) break;
                if (c + 1 < size && dist[heap[c + 1]] < dist[heap[c]]) c++;
                if (dist[heap[c]] >= dist[v]) break;
                heap[i] = heap[c];
                pos[heap[i]] = i;
                i = c;
            }
            heap[i] = v;
            pos[v] = i;
        };
        dist[1] = 0;
        heap[size++] = 1;
        pos[1] = 0;
        while (size > 0) {
            const u = heap[0];
            pos[u] = -2;
            size--;
            if (size > 0) {
                heap[0] = heap[size];
                siftDown(0);
            }
            if (u === n) return dist[u];
            for (const [v, w] of adj[u]) {
                if (pos[v] === -2 || dist[u] + w >= dist[v]) continue;
                dist[v] = dist[u] + w;
                if (pos[v] === -1) {
                    heap[size] = v;
                    siftUp(size++);
                } else {
                    siftUp(pos[v]);
                }
            }
        }
        return -1;
    }
}
