class Solution {
    strongSummary(n, arcs) {
        // each ungrouped vertex: its group is what it reaches that also reaches it back
        const fwd = Array.from({ length: n + 1 }, () => []);
        const bwd = Array.from({ length: n + 1 }, () => []);
        for (const [u, v] of arcs) {
            fwd[u].push(v);
            bwd[v].push(u);
        }
        const markF = new Int32Array(n + 1), markB = new Int32Array(n + 1);
        const grouped = new Uint8Array(n + 1);
        const reach = (s, adj, mark) => {
            mark[s] = s;
            const stack = [s];
            while (stack.length > 0) {
                const v = stack.pop();
                for (const w of adj[v]) {
                    if (mark[w] !== s) {
                        mark[w] = s;
                        stack.push(w);
                    }
                }
            }
        };
        let groups = 0, largest = 0;
        for (let v = 1; v <= n; v++) {
            if (grouped[v]) continue;
            reach(v, fwd, markF);
            reach(v, bwd, markB);
            let size = 0;
            for (let w = 1; w <= n; w++) {
                if (markF[w] === v && markB[w] === v) {
                    grouped[w] = 1;
                    size++;
                }
            }
            groups++;
            if (size > largest) largest = size;
        }
        return [groups, largest];
    }
}
