==Code Submission==

const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
let pos = 0;
const k = parseInt(data[pos++], 10);
const solution = new Solution();
const out = [];
for (let t = 0; t < k; t++) {
    const r = parseInt(data[pos++], 10);
    pos++; // the column count is the length of every row
    const grid = data.slice(pos, pos + r);
    pos += r;
    out.push(String(solution.countIslands(grid)));
}
process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
