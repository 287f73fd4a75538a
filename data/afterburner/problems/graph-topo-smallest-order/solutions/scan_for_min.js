class Solution {
    smallestOrder(n, rules) {
        // every step scans from task 1 for the first available task
        const succ = Array.from({ length: n + 1 }, () => []);
        const indeg = new Int32Array(n + 1);
        for (const [u, v] of rules) {
            succ[u].push(v);
            indeg[v]++;
        }
        const used = new Uint8Array(n + 1);
        const order = [];
        for (let step = 0; step < n; step++) {
            let pick = 0;
            for (let v = 1; v <= n; v++) {
                if (!used[v] && indeg[v] === 0) {
                    pick = v;
                    break;
                }
            }
            if (pick === 0) return [];
            used[pick] = 1;
            order.push(pick);
            for (const v of succ[pick]) indeg[v]--;
        }
        return order;
    }
}
