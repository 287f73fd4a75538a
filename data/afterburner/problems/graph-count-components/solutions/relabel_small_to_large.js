class Solution {
    countComponents(n, edges) {
        // Each vertex carries a label; a merge relabels the smaller member list.
        const label = new Int32Array(n + 1);
        const members = new Array(n + 1);
        for (let v = 0; v <= n; v++) {
            label[v] = v;
            members[v] = [v];
        }
        let count = n;
        for (const [u, v] of edges) {
            let a = label[u], b = label[v];
            if (a === b) continue;
            if (members[a].length < members[b].length) [a, b] = [b, a];
            const big = members[a];
            for (const w of members[b]) {
                label[w] = a;
                big.push(w);
            }
            members[b] = null;
            count--;
        }
        return count;
    }
}
