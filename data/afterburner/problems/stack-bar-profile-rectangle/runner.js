==Code Submission==

const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((t) => t.length > 0);
let pos = 0;
const next = () => parseInt(data[pos++], 10);
const k = next();
const out = [];
for (let t = 0; t < k; t++) {
    const n = next();
    const heights = new Array(n);
    for (let i = 0; i < n; i++) heights[i] = next();
    out.push(String(new Solution().largestRectangle(heights)));
}
process.stdout.write(out.join('\n') + '\n');
