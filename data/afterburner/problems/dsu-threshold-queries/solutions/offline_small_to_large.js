class Solution {
    reachableUnder(n, edges, queries) {
        // Offline sweep keeping a component label per vertex; a merge relabels
        // the smaller member list, so a query is one comparison.
        const label = new Int32Array(n + 1);
        const members = new Array(n + 1);
        for (let v = 0; v <= n; v++) {
            label[v] = v;
            members[v] = [v];
        }
        // sort indices by weight with typed arrays of packed keys
        const pack = (rows) => {
            const keys = new Float64Array(rows.length);
            for (let i = 0; i < rows.length; i++) keys[i] = rows[i][2] * 1048576 + i;
            keys.sort();
            return keys;
        };
        const ek = pack(edges), qk = pack(queries);
        const answer = new Uint8Array(queries.length).fill(48);
        let j = 0;
        for (const key of qk) {
            const i = key % 1048576;
            const t = queries[i][2];
            while (j < ek.length && edges[ek[j] % 1048576][2] <= t) {
                const e = edges[ek[j] % 1048576];
                j++;
                let a = label[e[0]], b = label[e[1]];
                if (a === b) continue;
                if (members[a].length < members[b].length) [a, b] = [b, a];
                const big = members[a];
                for (const w of members[b]) {
                    label[w] = a;
                    big.push(w);
                }
                members[b] = null;
            }
            if (label[queries[i][0]] === label[queries[i][1]]) answer[i] = 49;
        }
        return Buffer.from(answer).toString('latin1');
    }
}
