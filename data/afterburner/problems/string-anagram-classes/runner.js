==Code Submission==

const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((s) => s.length > 0);
let pos = 0;
const cases = parseInt(data[pos++], 10);
const solution = new Solution();
const out = [];
for (let c = 0; c < cases; c++) {
    const n = parseInt(data[pos++], 10);
    const words = data.slice(pos, pos + n);
    pos += n;
    out.push(solution.anagramClasses(words).join(' '));
}
process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
