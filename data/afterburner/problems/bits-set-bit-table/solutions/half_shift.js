class Solution {
    oneBitCounts(n) {
        // i has the bits of i / 2 plus its lowest bit
        const res = new Int32Array(n + 1);
        for (let i = 1; i <= n; i++) res[i] = res[i >> 1] + (i & 1);
        return res;
    }
}
