class Solution {
    pathLengths(n, edges, queries) {
        const adj = Array.from({ length: n + 1 }, () => []);
        for (const [a, b] of edges) {
            adj[a].push(b);
            adj[b].push(a);
        }
        const asked = Array.from({ length: n + 1 }, () => []);
        queries.forEach(([u, v], i) => {
            asked[u].push([v, i]);
            asked[v].push([u, i]);
        });
        // union-find over finished subtrees; anc[root] is the open vertex they hang from
        const dsu = Int32Array.from({ length: n + 1 }, (_, i) => i);
        const anc = Int32Array.from({ length: n + 1 }, (_, i) => i);
        const depth = new Int32Array(n + 1);
        const done = new Uint8Array(n + 1);
        const res = new Array(queries.length).fill(0);
        const find = (x) => {
            while (dsu[x] !== x) {
                dsu[x] = dsu[dsu[x]];
                x = dsu[x];
            }
            return x;
        };
        const stack = [[1, 0, false]];
        while (stack.length) {
            const [v, p, closing] = stack.pop();
            if (!closing) {
                stack.push([v, p, true]);
                for (const w of adj[v])
                    if (w !== p) {
                        depth[w] = depth[v] + 1;
                        stack.push([w, v, false]);
                    }
                continue;
            }
            done[v] = 1;
            for (const [w, i] of asked[v])
                if (done[w]) res[i] = depth[v] + depth[w] - 2 * depth[anc[find(w)]];
            if (p) {
                const rv = find(v), rp = find(p);
                dsu[rv] = rp;
                anc[rp] = p;
            }
        }
        return res;
    }
}
