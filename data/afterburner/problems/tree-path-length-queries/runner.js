==Code Submission==

const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
let pos = 0;
const k = parseInt(data[pos++], 10);
const solution = new Solution();
const out = [];
for (let c = 0; c < k; c++) {
    const n = parseInt(data[pos++], 10);
    const q = parseInt(data[pos++], 10);
    const edges = new Array(n - 1);
    for (let i = 0; i + 1 < n; i++) {
        const a = parseInt(data[pos++], 10);
        const b = parseInt(data[pos++], 10);
        edges[i] = [a, b];
    }
    const queries = new Array(q);
    for (let i = 0; i < q; i++) {
        const u = parseInt(data[pos++], 10);
        const v = parseInt(data[pos++], 10);
        queries[i] = [u, v];
    }
    out.push(solution.pathLengths(n, edges, queries).join(' '));
}
process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
