class Solution {
    strongSummary(n, arcs) {
        // group vertices with a union-find over the arcs
        const parent = new Int32Array(n + 1);
        for (let i = 0; i <= n; i++) parent[i] = i;
        const find = (x) => {
            while (parent[x] !== x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        };
        for (const [u, v] of arcs) parent[find(u)] = find(v);
        const size = new Int32Array(n + 1);
        let groups = 0, largest = 0;
        for (let v = 1; v <= n; v++) {
            const r = find(v);
            if (size[r]++ === 0) groups++;
            if (size[r] > largest) largest = size[r];
        }
        return [groups, largest];
    }
}
