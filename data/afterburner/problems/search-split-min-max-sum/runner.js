==Code Submission==

const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((t) => t.length > 0);
let pos = 0;
const next = () => parseInt(data[pos++], 10);
const k = next();
const out = [];
for (let t = 0; t < k; t++) {
    const n = next();
    const m = next();
    const nums = new Array(n);
    for (let i = 0; i < n; i++) nums[i] = next();
    out.push(String(new Solution().lightestCut(nums, m)));
}
process.stdout.write(out.join('\n') + '\n');
