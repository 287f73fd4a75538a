==Code Submission==

const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
let pos = 0;
const next = () => parseInt(data[pos++], 10);
const k = next();
const solution = new Solution();
const out = [];
for (let t = 0; t < k; t++) {
    const n = next();
    const m = next();
    const arcs = new Array(m);
    for (let i = 0; i < m; i++) arcs[i] = [next(), next()];
    out.push(solution.strongSummary(n, arcs).join(' '));
}
process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
