class Solution {
    minimumMarked(n, edges) {
        const parent = new Int32Array(n + 1);
        const parity = new Uint8Array(n + 1);
        const size = new Int32Array(n + 1).fill(1);
        const path = new Int32Array(n + 1);
        for (let i = 0; i <= n; i++) parent[i] = i;
        // returns the root; afterwards parity[x] is x's colour relative to it
        const find = (x) => {
            let len = 0;
            while (parent[x] !== x) { path[len++] = x; x = parent[x]; }
            let acc = 0;
            for (let i = len - 1; i >= 0; i--) {
                const y = path[i];
                acc ^= parity[y];
                parity[y] = acc;
                parent[y] = x;
            }
            return x;
        };
        for (const e of edges) {
            let u = e[0], v = e[1];
            let ru = find(u), rv = find(v);
            if (ru === rv) {
                if (parity[u] === parity[v]) return -1;
                continue;
            }
            if (size[ru] < size[rv]) { [ru, rv] = [rv, ru]; [u, v] = [v, u]; }
            parent[rv] = ru;
            parity[rv] = parity[u] ^ parity[v] ^ 1;
            size[ru] += size[rv];
        }
        const ones = new Int32Array(n + 1);
        const touched = new Uint8Array(n + 1);
        for (const e of edges) { touched[e[0]] = 1; touched[e[1]] = 1; }
        for (let x = 1; x <= n; x++) if (touched[x]) ones[find(x)] += parity[x];
        let total = 0;
        for (let r = 1; r <= n; r++)
            if (parent[r] === r && touched[r]) total += Math.min(ones[r], size[r] - ones[r]);
        return total;
    }
}
