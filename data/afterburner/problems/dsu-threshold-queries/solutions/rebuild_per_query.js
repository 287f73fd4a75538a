class Solution {
    reachableUnder(n, edges, queries) {
        // For every query, build fresh disjoint sets from the edges under the cap.
        const parent = new Int32Array(n + 1);
        const find = (x) => {
            while (parent[x] !== x) { parent[x] = parent[parent[x]]; x = parent[x]; }
            return x;
        };
        const out = [];
        for (const [a, b, t] of queries) {
            for (let i = 0; i <= n; i++) parent[i] = i;
            for (const e of edges) {
                if (e[2] <= t) parent[find(e[0])] = find(e[1]);
            }
            out.push(find(a) === find(b) ? '1' : '0');
        }
        return out.join('');
    }
}
