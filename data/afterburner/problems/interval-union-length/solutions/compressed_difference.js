class Solution {
    coveredLength(segments) {
        const n = segments.length;
        const all = new Float64Array(2 * n);
        for (let i = 0; i < n; i++) {
            all[2 * i] = segments[i][0];
            all[2 * i + 1] = segments[i][1];
        }
        all.sort();
        let m = 0;
        for (let i = 0; i < all.length; i++) {
            if (m === 0 || all[m - 1] !== all[i]) all[m++] = all[i];
        }
        const xs = all.subarray(0, m);
        const find = (x) => {
            let lo = 0;
            let hi = m - 1;
            while (lo < hi) {
                const mid = (lo + hi) >> 1;
                if (xs[mid] < x) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        };
        const diff = new Int32Array(m + 1);
        for (let i = 0; i < n; i++) {
            diff[find(segments[i][0])]++;
            diff[find(segments[i][1])]--;
        }
        let total = 0;
        let running = 0;
        for (let i = 0; i + 1 < m; i++) {
            running += diff[i];
            if (running > 0) total += xs[i + 1] - xs[i];
        }
        return total;
    }
}
