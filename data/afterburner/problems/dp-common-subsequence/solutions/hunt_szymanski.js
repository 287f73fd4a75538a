class Solution {
    sharedSubsequenceLength(a, b) {
        // Each match (i, j) visited with j descending per i: LCS = strictly increasing run of j.
        const where = new Map();
        for (let j = 0; j < b.length; j++) {
            if (!where.has(b[j])) where.set(b[j], []);
            where.get(b[j]).push(j);
        }
        const tails = [];
        for (const ch of a) {
            const list = where.get(ch);
            if (!list) continue;
            for (let t = list.length - 1; t >= 0; t--) {
                const j = list[t];
                let lo = 0;
                let hi = tails.length;
                while (lo < hi) {
                    const mid = (lo + hi) >>> 1;
                    if (tails[mid] < j) lo = mid + 1;
                    else hi = mid;
                }
                tails[lo] = j;
            }
        }
        return tails.length;
    }
}
