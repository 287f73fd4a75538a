==Code Submission==

const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
let pos = 0;
const next = () => parseInt(data[pos++], 10);
const k = next();
const solution = new Solution();
const out = [];
for (let t = 0; t < k; t++) {
    const n = next();
    const c = next();
    const nums = new Array(n);
    for (let i = 0; i < n; i++) nums[i] = next();
    out.push(String(solution.countHeavyPairs(nums, c)));
}
process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
