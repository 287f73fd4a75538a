class Solution {
    strongSummary(n, arcs) {
        // path-based search (Gabow): stack S of vertices, stack P of group boundaries
        const adj = Array.from({ length: n + 1 }, () => []);
        for (const [u, v] of arcs) adj[u].push(v);
        const pre = new Int32Array(n + 1), ptr = new Int32Array(n + 1);
        const assigned = new Uint8Array(n + 1);
        const S = [], P = [], call = [];
        let counter = 0, groups = 0, largest = 0;
        for (let root = 1; root <= n; root++) {
            if (pre[root]) continue;
            pre[root] = ++counter;
            S.push(root);
            P.push(root);
            call.push(root);
            while (call.length > 0) {
                const v = call[call.length - 1];
                if (ptr[v] < adj[v].length) {
                    const w = adj[v][ptr[v]++];
                    if (!pre[w]) {
                        pre[w] = ++counter;
                        S.push(w);
                        P.push(w);
                        call.push(w);
                    } else if (!assigned[w]) {
                        while (pre[P[P.length - 1]] > pre[w]) P.pop();
                    }
                    continue;
                }
                call.pop();
                if (P[P.length - 1] === v) {
                    P.pop();
                    let size = 0, w;
                    do {
                        w = S.pop();
                        assigned[w] = 1;
                        size++;
                    } while (w !== v);
                    groups++;
                    if (size > largest) largest = size;
                }
            }
        }
        return [groups, largest];
    }
}
