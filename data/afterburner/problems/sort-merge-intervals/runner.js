==Code Submission==

const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
let pos = 0;
const k = parseInt(data[pos++], 10);
const solution = new Solution();
const out = [];
for (let c = 0; c < k; c++) {
    const n = parseInt(data[pos++], 10);
    const intervals = new Array(n);
    for (let i = 0; i < n; i++) {
        const l = parseInt(data[pos++], 10);
        const r = parseInt(data[pos++], 10);
        intervals[i] = [l, r];
    }
    const merged = solution.unionIntervals(intervals);
    const parts = [String(merged.length)];
    for (const [l, r] of merged) parts.push(l, r);
    out.push(parts.join(' '));
}
process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
