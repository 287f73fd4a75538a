class Solution {
    coveredLength(segments) {
        // order segment indices by start with two 16-bit counting-sort passes, then merge
        const n = segments.length;
        const L = new Uint32Array(n);
        const R = new Uint32Array(n);
        for (let i = 0; i < n; i++) {
            L[i] = segments[i][0];
            R[i] = segments[i][1];
        }
        let idx = new Int32Array(n);
        let tmp = new Int32Array(n);
        for (let i = 0; i < n; i++) idx[i] = i;
        const count = new Int32Array(65537);
        for (let shift = 0; shift < 32; shift += 16) {
            count.fill(0);
            for (let i = 0; i < n; i++) count[((L[i] >>> shift) & 0xffff) + 1]++;
            for (let b = 0; b < 65536; b++) count[b + 1] += count[b];
            for (let i = 0; i < n; i++) {
                const v = idx[i];
                tmp[count[(L[v] >>> shift) & 0xffff]++] = v;
            }
            const t = idx;
            idx = tmp;
            tmp = t;
        }
        let total = 0;
        let start = L[idx[0]];
        let end = R[idx[0]];
        for (let k = 1; k < n; k++) {
            const v = idx[k];
            if (L[v] > end) {
                total += end - start;
                start = L[v];
                end = R[v];
            } else if (R[v] > end) {
                end = R[v];
            }
        }
        return total + end - start;
    }
}
