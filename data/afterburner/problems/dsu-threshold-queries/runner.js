==Code Submission==

const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
let pos = 0;
const k = parseInt(data[pos++], 10);
const solution = new Solution();
const out = [];
const readTriples = (count) => {
    const rows = new Array(count);
    for (let i = 0; i < count; i++) {
        const a = parseInt(data[pos++], 10);
        const b = parseInt(data[pos++], 10);
        const c = parseInt(data[pos++], 10);
        rows[i] = [a, b, c];
    }
    return rows;
};
for (let c = 0; c < k; c++) {
    const n = parseInt(data[pos++], 10);
    const m = parseInt(data[pos++], 10);
    const q = parseInt(data[pos++], 10);
    const edges = readTriples(m);
    const queries = readTriples(q);
    out.push(String(solution.reachableUnder(n, edges, queries)));
}
process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
