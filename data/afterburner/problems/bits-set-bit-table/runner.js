==Code Submission==

const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
let pos = 0;
const k = parseInt(data[pos++], 10);
const solution = new Solution();
for (let c = 0; c < k; c++) {
    const n = parseInt(data[pos++], 10);
    const res = solution.oneBitCounts(n);
    process.stdout.write(Array.from(res).join(' ') + '\n');
}
