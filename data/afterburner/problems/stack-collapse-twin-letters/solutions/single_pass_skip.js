class Solution {
    collapsePairs(s) {
        // drops the pairs visible in the input, but never looks back
        const out = [];
        let i = 0;
        while (i < s.length) {
            if (i + 1 < s.length && s[i] === s[i + 1]) {
                i += 2;
            } else {
                out.push(s[i]);
                i++;
            }
        }
        return out.join('');
    }
}
