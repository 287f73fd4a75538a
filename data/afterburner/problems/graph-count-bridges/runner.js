==Code Submission==

const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
let pos = 0;
const k = parseInt(data[pos++], 10);
const solution = new Solution();
const out = [];
for (let c = 0; c < k; c++) {
    const n = parseInt(data[pos++], 10);
    const m = parseInt(data[pos++], 10);
    const edges = new Array(m);
    for (let i = 0; i < m; i++) {
        const u = parseInt(data[pos++], 10);
        const v = parseInt(data[pos++], 10);
        edges[i] = [u, v];
    }
    out.push(String(solution.countBridges(n, edges)));
}
process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
