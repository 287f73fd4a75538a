class Solution {
    minimumMarked(n, edges) {
        // Sweep the edges until stable: a vertex adopts a smaller component label
        // from a neighbour together with the opposite colour.
        const label = new Int32Array(n + 1);
        const color = new Uint8Array(n + 1);
        for (let i = 0; i <= n; i++) label[i] = i;
        let changed = true;
        while (changed) {
            changed = false;
            for (const e of edges) {
                const u = e[0], v = e[1];
                if (label[u] < label[v]) { label[v] = label[u]; color[v] = color[u] ^ 1; changed = true; }
                else if (label[v] < label[u]) { label[u] = label[v]; color[u] = color[v] ^ 1; changed = true; }
            }
        }
        const ones = new Int32Array(n + 1), members = new Int32Array(n + 1);
        const touched = new Uint8Array(n + 1);
        for (const e of edges) {
            if (color[e[0]] === color[e[1]]) return -1;
            touched[e[0]] = 1;
            touched[e[1]] = 1;
        }
        for (let x = 1; x <= n; x++) if (touched[x]) { members[label[x]]++; ones[label[x]] += color[x]; }
        let total = 0;
        for (let r = 1; r <= n; r++) total += Math.min(ones[r], members[r] - ones[r]);
        return total;
    }
}
