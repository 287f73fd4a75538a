class Solution {
    minimumMarked(n, edges) {
        // Union by size keeps trees shallow; a find sums parities up to the root
        // without rewriting anything.
        const parent = new Int32Array(n + 1);
        const rel = new Uint8Array(n + 1);
        const size = new Int32Array(n + 1).fill(1);
        for (let i = 0; i <= n; i++) parent[i] = i;
        for (const e of edges) {
            let ru = e[0], pu = 0, rv = e[1], pv = 0;
            while (parent[ru] !== ru) { pu ^= rel[ru]; ru = parent[ru]; }
            while (parent[rv] !== rv) { pv ^= rel[rv]; rv = parent[rv]; }
            if (ru === rv) {
                if (pu === pv) return -1;
                continue;
            }
            if (size[ru] < size[rv]) [ru, rv] = [rv, ru];
            parent[rv] = ru;
            rel[rv] = pu ^ pv ^ 1;
            size[ru] += size[rv];
        }
        const touched = new Set();
        for (const [u, v] of edges) { touched.add(u); touched.add(v); }
        const colourOne = new Map();
        for (const x of touched) {
            let r = x, p = 0;
            while (parent[r] !== r) { p ^= rel[r]; r = parent[r]; }
            colourOne.set(r, (colourOne.get(r) || 0) + p);
        }
        let total = 0;
        for (const [r, k] of colourOne) total += Math.min(k, size[r] - k);
        return total;
    }
}
