==Code Submission==

const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
let pos = 0;
const k = parseInt(data[pos++], 10);
const solution = new Solution();
const out = [];
for (let c = 0; c < k; c++) {
    const a = data[pos++];
    const b = data[pos++];
    out.push(String(solution.sharedSubsequenceLength(a, b)));
}
process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
