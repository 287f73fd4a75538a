class Solution {
    strongSummary(n, arcs) {
        // adjacency in compressed rows
        const start = new Int32Array(n + 2), to = new Int32Array(arcs.length);
        for (const a of arcs) start[a[0] + 1]++;
        for (let v = 1; v <= n + 1; v++) start[v] += start[v - 1];
        const fill = start.slice();
        for (const a of arcs) to[fill[a[0]]++] = a[1];
        const index = new Int32Array(n + 1), low = new Int32Array(n + 1), ptr = new Int32Array(n + 1);
        const stack = new Int32Array(n), call = new Int32Array(n);
        const onStack = new Uint8Array(n + 1);
        let sp = 0, cp = 0, counter = 0, groups = 0, largest = 0;
        for (let root = 1; root <= n; root++) {
            if (index[root]) continue;
            index[root] = low[root] = ++counter;
            ptr[root] = start[root];
            stack[sp++] = root;
            onStack[root] = 1;
            call[cp++] = root;
            while (cp > 0) {
                const v = call[cp - 1];
                if (ptr[v] < start[v + 1]) {
                    const w = to[ptr[v]++];
                    if (!index[w]) {
                        index[w] = low[w] = ++counter;
                        ptr[w] = start[w];
                        stack[sp++] = w;
                        onStack[w] = 1;
                        call[cp++] = w;
                    } else if (onStack[w] && index[w] < low[v]) {
                        low[v] = index[w];
                    }
                    continue;
                }
                cp--;
                if (cp > 0 && low[v] < low[call[cp - 1]]) low[call[cp - 1]] = low[v];
                if (low[v] === index[v]) {
                    let size = 0, w;
                    do {
                        w = stack[--sp];
                        onStack[w] = 0;
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
