==Code Submission==

const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter((t) => t.length > 0);
let pos = 0;
const k = parseInt(data[pos++], 10);
const out = [];
for (let t = 0; t < k; t++) {
    const s = data[pos++];
    out.push(String(new Solution().longestPalindrome(s)));
}
process.stdout.write(out.join('\n') + '\n');
