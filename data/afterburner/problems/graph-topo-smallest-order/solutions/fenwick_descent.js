class Solution {
    smallestOrder(n, rules) {
        // a Fenwick tree counts available tasks; descend it to the first one
        const succ = Array.from({ length: n + 1 }, () => []);
        const indeg = new Int32Array(n + 1);
        for (const [u, v] of rules) {
            succ[u].push(v);
            indeg[v]++;
        }
        const tree = new Int32Array(n + 1);
        const add = (i, delta) => {
            for (; i <= n; i += i & -i) tree[i] += delta;
        };
        let available = 0;
        for (let v = 1; v <= n; v++) {
            if (indeg[v] === 0) {
                add(v, 1);
                available++;
            }
        }
        let top = 1;
        while (top * 2 <= n) top *= 2;
        const order = [];
        while (available > 0) {
            let pos = 0;
            for (let step = top; step > 0; step >>= 1) {
                if (pos + step <= n && tree[pos + step] === 0) pos += step;
            }
            const u = pos + 1;
            add(u, -1);
            available--;
            order.push(u);
            for (const v of succ[u]) {
                if (--indeg[v] === 0) {
                    add(v, 1);
                    available++;
                }
            }
        }
        return order.length === n ? order : [];
    }
}
