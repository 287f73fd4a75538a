class Solution {
    smallestOrder(n, rules) {
        // a segment tree over task numbers holds the smallest available task
        const succ = Array.from({ length: n + 1 }, () => []);
        const indeg = new Int32Array(n + 1);
        for (const [u, v] of rules) {
            succ[u].push(v);
            indeg[v]++;
        }
        let size = 1;
        while (size < n + 1) size *= 2;
        const INF = n + 1;
        const seg = new Int32Array(2 * size).fill(INF);
        for (let v = 1; v <= n; v++) if (indeg[v] === 0) seg[size + v] = v;
        for (let i = size - 1; i > 0; i--) seg[i] = Math.min(seg[2 * i], seg[2 * i + 1]);
        const setLeaf = (i, value) => {
            i += size;
            seg[i] = value;
            for (i >>= 1; i > 0; i >>= 1) seg[i] = Math.min(seg[2 * i], seg[2 * i + 1]);
        };
        const order = [];
        while (seg[1] !== INF) {
            const u = seg[1];
            setLeaf(u, INF);
            order.push(u);
            for (const v of succ[u]) if (--indeg[v] === 0) setLeaf(v, v);
        }
        return order.length === n ? order : [];
    }
}
