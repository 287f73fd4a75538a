class Solution {
    smallestOrder(n, rules) {
        // successors in a Map of arrays
        const adj = new Map();
        for (const [u, v] of rules) {
            if (!adj.has(u)) adj.set(u, []);
            adj.get(u).push(v);
        }
        const out = (v) => adj.get(v) || [];
        // 1) reject cyclic inputs with an iterative three-colour search
        const colour = new Map(); // missing = unvisited, 1 = on the path, 2 = done
        for (let root = 1; root <= n; root++) {
            if (colour.has(root)) continue;
            colour.set(root, 1);
            const stack = [[root, 0]];
            while (stack.length > 0) {
                const top = stack[stack.length - 1];
                const next = out(top[0]);
                if (top[1] < next.length) {
                    const w = next[top[1]++];
                    const cw = colour.get(w);
                    if (cw === 1) return [];
                    if (cw === undefined) {
                        colour.set(w, 1);
                        stack.push([w, 0]);
                    }
                } else {
                    colour.set(top[0], 2);
                    stack.pop();
                }
            }
        }
        // 2) the input is acyclic: always take the smallest available task
        const indeg = new Map();
        for (const [, v] of rules) indeg.set(v, (indeg.get(v) || 0) + 1);
        const heap = [];
        const push = (x) => {
            heap.push(x);
            let i = heap.length - 1;
            while (i > 0) {
                const p = (i - 1) >> 1;
                if (heap[p] <= heap[i]) break;
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
                    if (l < heap.length && heap[l] < heap[m]) m = l;
                    if (r < heap.length && heap[r] < heap[m]) m = r;
                    if (m === i) break;
                    [heap[m], heap[i]] = [heap[i], heap[m]];
                    i = m;
                }
            }
            return top;
        };
        for (let v = 1; v <= n; v++) if (!indeg.has(v)) push(v);
        const order = [];
        while (heap.length > 0) {
            const u = pop();
            order.push(u);
            for (const v of out(u)) {
                const d = indeg.get(v) - 1;
                indeg.set(v, d);
                if (d === 0) push(v);
            }
        }
        return order;
    }
}
