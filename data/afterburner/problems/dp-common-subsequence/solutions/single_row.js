class Solution {
    sharedSubsequenceLength(a, b) {
        const m = b.length;
        const codes = new Uint8Array(m);
        for (let j = 0; j < m; j++) codes[j] = b.charCodeAt(j);
        const row = new Int32Array(m + 1);
        for (let i = 0; i < a.length; i++) {
            const ch = a.charCodeAt(i);
            let diag = 0; // row[j - 1] from the previous pass
            for (let j = 1; j <= m; j++) {
                const above = row[j];
                if (ch === codes[j - 1]) row[j] = diag + 1;
                else if (row[j - 1] > above) row[j] = row[j - 1];
                diag = above;
            }
        }
        return row[m];
    }
}
