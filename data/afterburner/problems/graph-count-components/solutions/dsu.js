class Solution {
    countComponents(n, edges) {
        const parent = new Int32Array(n + 1);
        const size = new Int32Array(n + 1).fill(1);
        for (let i = 0; i <= n; i++) parent[i] = i;
        const find = (x) => {
            while (parent[x] !== x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        };
        let components = n;
        for (const [u, v] of edges) {
            let a = find(u), b = find(v);
            if (a === b) continue;
            if (size[a] < size[b]) [a, b] = [b, a];
            parent[b] = a;
            size[a] += size[b];
            components--;
        }
        return components;
    }
}
