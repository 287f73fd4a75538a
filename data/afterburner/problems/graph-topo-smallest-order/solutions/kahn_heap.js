class Solution {
    smallestOrder(n, rules) {
        const succ = Array.from({ length: n + 1 }, () => []);
        const indeg = new Int32Array(n + 1);
        for (const [u, v] of rules) {
            succ[u].push(v);
            indeg[v]++;
        }
        // binary min-heap of task numbers in a typed array
        const heap = new Int32Array(n + 1);
        let size = 0;
        const push = (x) => {
            let i = size++;
            while (i > 0) {
                const p = (i - 1) >> 1;
                if (heap[p] <= x) break;
                heap[i] = heap[p];
                i = p;
            }
            heap[i] = x;
        };
        const pop = () => {
            const top = heap[0];
            const last = heap[--size];
            let i = 0;
            for (;;) {
                let c = 2 * i + 1;
                if (c >= size) break;
                if (c + 1 < size && heap[c + 1] < heap[c]) c++;
                if (heap[c] >= last) break;
                heap[i] = heap[c];
                i = c;
            }
            heap[i] = last;
            return top;
        };
        for (let v = 1; v <= n; v++) if (indeg[v] === 0) push(v);
        const order = [];
        while (size > 0) {
            const u = pop();
            order.push(u);
            for (const v of succ[u]) if (--indeg[v] === 0) push(v);
        }
        return order.length === n ? order : [];
    }
}
