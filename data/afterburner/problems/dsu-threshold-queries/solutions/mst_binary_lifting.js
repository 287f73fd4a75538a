class Solution {
    reachableUnder(n, edges, queries) {
        // Minimum spanning forest, then the heaviest edge on the tree path between
        // a and b (binary lifting) decides the query.
        const LOG = 17;
        const es = edges.slice().sort((a, b) => a[2] - b[2]);
        const dsu = new Int32Array(n + 1);
        for (let i = 0; i <= n; i++) dsu[i] = i;
        const find = (x) => {
            while (dsu[x] !== x) { dsu[x] = dsu[dsu[x]]; x = dsu[x]; }
            return x;
        };
        const tree = Array.from({ length: n + 1 }, () => []);
        for (const [u, v, w] of es) {
            const a = find(u), b = find(v);
            if (a === b) continue;
            dsu[a] = b;
            tree[u].push(v, w);
            tree[v].push(u, w);
        }
        const up = [], mx = [];
        for (let k = 0; k < LOG; k++) {
            up.push(new Int32Array(n + 1));
            mx.push(new Int32Array(n + 1));
        }
        const depth = new Int32Array(n + 1).fill(-1);
        const comp = new Int32Array(n + 1);
        const order = new Int32Array(n);
        let tail = 0;
        for (let r = 1; r <= n; r++) {
            if (depth[r] >= 0) continue;
            depth[r] = 0; up[0][r] = r; comp[r] = r;
            let h = tail;
            order[tail++] = r;
            while (h < tail) {
                const x = order[h++];
                const list = tree[x];
                for (let p = 0; p < list.length; p += 2) {
                    const y = list[p];
                    if (depth[y] >= 0) continue;
                    depth[y] = depth[x] + 1; up[0][y] = x; mx[0][y] = list[p + 1]; comp[y] = r;
                    order[tail++] = y;
                }
            }
        }
        for (let k = 1; k < LOG; k++) {
            const pu = up[k - 1], pm = mx[k - 1], cu = up[k], cm = mx[k];
            for (let v = 1; v <= n; v++) {
                const mid = pu[v];
                cu[v] = pu[mid];
                cm[v] = pm[v] > pm[mid] ? pm[v] : pm[mid];
            }
        }
        const out = new Array(queries.length);
        for (let i = 0; i < queries.length; i++) {
            let [a, b, t] = queries[i];
            if (a === b) { out[i] = '1'; continue; }
            if (comp[a] !== comp[b]) { out[i] = '0'; continue; }
            let best = 0;
            if (depth[a] < depth[b]) [a, b] = [b, a];
            let diff = depth[a] - depth[b];
            for (let k = 0; diff; k++, diff >>= 1) {
                if (diff & 1) { best = Math.max(best, mx[k][a]); a = up[k][a]; }
            }
            if (a !== b) {
                for (let k = LOG - 1; k >= 0; k--) {
                    if (up[k][a] !== up[k][b]) {
                        best = Math.max(best, mx[k][a], mx[k][b]);
                        a = up[k][a]; b = up[k][b];
                    }
                }
                best = Math.max(best, mx[0][a], mx[0][b]);
            }
            out[i] = best <= t ? '1' : '0';
        }
        return out.join('');
    }
}
