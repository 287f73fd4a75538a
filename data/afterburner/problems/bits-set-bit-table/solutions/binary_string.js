class Solution {
    oneBitCounts(n) {
        // write each number in base 2 and count the '1' characters
        const res = [];
        for (let i = 0; i <= n; i++) {
            const s = i.toString(2);
            let c = 0;
            for (const ch of s) if (ch === '1') c++;
            res.push(c);
        }
        return res;
    }
}
