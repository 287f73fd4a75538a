class Solution {
    firstCycleEdge(n, edges) {
        // A group id per vertex; merging moves the smaller member list into the larger.
        const group = new Int32Array(n + 1);
        const members = new Array(n + 1);
        for (let v = 0; v <= n; v++) {
            group[v] = v;
            members[v] = [v];
        }
        for (let i = 0; i < edges.length; i++) {
            let a = group[edges[i][0]], b = group[edges[i][1]];
            if (a === b) return i + 1;
            if (members[a].length < members[b].length) [a, b] = [b, a];
            const big = members[a];
            for (const w of members[b]) {
                group[w] = a;
                big.push(w);
            }
            members[b] = null;
        }
        return 0;
    }
}
