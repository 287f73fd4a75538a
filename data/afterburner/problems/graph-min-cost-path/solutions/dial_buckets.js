class Solution {
    minCost(n, arcs) {
        // costs are at most 100: a ring of 101 buckets replaces the heap
        const W = 100;
        const adj = Array.from({ length: n + 1 }, () => []);
        for (const [u, v, w] of arcs) adj[u].push(v, w);
        const dist = new Int32Array(n + 1).fill(0x7fffffff);
        const done = new Uint8Array(n + 1);
        const ring = Array.from({ length: W + 1 }, () => []);
        dist[1] = 0;
        ring[0].push(1);
        let pending = 1;
        for (let d = 0; pending > 0; d++) {
            const bucket = ring[d % (W + 1)];
            while (bucket.length > 0) {
                const u = bucket.pop();
                pending--;
                if (done[u] || dist[u] !== d) continue;
                done[u] = 1;
                if (u === n) return d;
                const out = adj[u];
                for (let i = 0; i < out.length; i += 2) {
                    const v = out[i], nd = d + out[i + 1];
                    if (!done[v] && nd < dist[v]) {
                        dist[v] = nd;
                        ring[nd % (W + 1)].push(v);
                        pending++;
                    }
                }
            }
        }
        return -1;
    }
}
