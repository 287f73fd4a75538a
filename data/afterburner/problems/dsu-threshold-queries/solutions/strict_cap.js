class Solution {
    reachableUnder(n, edges, queries) {
        const parent = new Int32Array(n + 1);
        for (let i = 0; i <= n; i++) parent[i] = i;
        const find = (x) => {
            while (parent[x] !== x) { parent[x] = parent[parent[x]]; x = parent[x]; }
            return x;
        };
        const es = edges.slice().sort((a, b) => a[2] - b[2]);
        const qo = queries.map((_, i) => i).sort((a, b) => queries[a][2] - queries[b][2]);
        const answer = new Array(queries.length).fill('0');
        let j = 0;
        for (const i of qo) {
            // only edges strictly lighter than the cap are added
            while (j < es.length && es[j][2] < queries[i][2]) {
                parent[find(es[j][0])] = find(es[j][1]);
                j++;
            }
            if (find(queries[i][0]) === find(queries[i][1])) answer[i] = '1';
        }
        return answer.join('');
    }
}
