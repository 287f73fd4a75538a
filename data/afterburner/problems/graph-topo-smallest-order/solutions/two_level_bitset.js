class Solution {
    smallestOrder(n, rules) {
        // available tasks are bits; a summary word marks which 32-bit words are non-empty
        const succ = Array.from({ length: n + 1 }, () => []);
        const indeg = new Int32Array(n + 1);
        for (const [u, v] of rules) {
            succ[u].push(v);
            indeg[v]++;
        }
        const words = new Uint32Array((n >> 5) + 1);
        const summary = new Uint32Array((words.length >> 5) + 1);
        const lowBit = (x) => 31 - Math.clz32(x & -x);
        const set = (i) => {
            const w = i >> 5;
            words[w] |= 1 << (i & 31);
            summary[w >> 5] |= 1 << (w & 31);
        };
        const clear = (i) => {
            const w = i >> 5;
            words[w] &= ~(1 << (i & 31));
            if (words[w] === 0) summary[w >> 5] &= ~(1 << (w & 31));
        };
        const first = () => {
            for (let s = 0; s < summary.length; s++) {
                if (summary[s] !== 0) {
                    const w = (s << 5) + lowBit(summary[s]);
                    return (w << 5) + lowBit(words[w]);
                }
            }
            return -1;
        };
        for (let v = 1; v <= n; v++) if (indeg[v] === 0) set(v);
        const order = [];
        for (let u = first(); u >= 0; u = first()) {
            clear(u);
            order.push(u);
            for (const v of succ[u]) if (--indeg[v] === 0) set(v);
        }
        return order.length === n ? order : [];
    }
}
