class Solution {
    countComponents(n, edges) {
        // Sweep the edges, pushing the smaller label across each, until nothing changes.
        const label = new Int32Array(n + 1);
        for (let v = 0; v <= n; v++) label[v] = v;
        let changed = true;
        while (changed) {
            changed = false;
            for (const e of edges) {
                const a = label[e[0]], b = label[e[1]];
                if (a < b) { label[e[1]] = a; changed = true; }
                else if (b < a) { label[e[0]] = b; changed = true; }
            }
        }
        let count = 0;
        for (let v = 1; v <= n; v++) if (label[v] === v) count++;
        return count;
    }
}
