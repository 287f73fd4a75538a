==Code Submission==

const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
let pos = 0;
const cases = parseInt(data[pos++], 10);
const solution = new Solution();
for (let c = 0; c < cases; c++) {
    const n = parseInt(data[pos++], 10);
    const q = parseInt(data[pos++], 10);
    const nums = new Array(n);
    for (let i = 0; i < n; i++) nums[i] = parseInt(data[pos++], 10);
    const queries = new Array(q);
    for (let i = 0; i < q; i++) queries[i] = parseInt(data[pos++], 10);
    const res = solution.locate(nums, queries);
    process.stdout.write(Array.from(res).join(' ') + '\n');
}
