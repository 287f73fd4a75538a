==Code Submission==

const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
let pos = 0;
const k = parseInt(data[pos++], 10);
const solution = new Solution();
const out = [];
for (let c = 0; c < k; c++) {
    const n = parseInt(data[pos++], 10);
    const nums = new Array(n);
    for (let i = 0; i < n; i++) nums[i] = parseInt(data[pos++], 10);
    out.push(String(solution.longestClean(nums)));
}
process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
