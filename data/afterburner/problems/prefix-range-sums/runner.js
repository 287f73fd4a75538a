==Code Submission==

const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
let pos = 0;
const k = parseInt(data[pos++], 10);
const solution = new Solution();
const out = [];
for (let c = 0; c < k; c++) {
    const n = parseInt(data[pos++], 10);
    const q = parseInt(data[pos++], 10);
    const nums = new Array(n);
    for (let i = 0; i < n; i++) nums[i] = parseInt(data[pos++], 10);
    const queries = new Array(q);
    for (let i = 0; i < q; i++) {
        const l = parseInt(data[pos++], 10);
        const r = parseInt(data[pos++], 10);
        queries[i] = [l, r];
    }
    out.push(solution.rangeSums(nums, queries).join(' '));
}
process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
