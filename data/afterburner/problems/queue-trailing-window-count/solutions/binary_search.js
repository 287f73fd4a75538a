class Solution {
    windowCounts(times, w) {
        const n = times.length;
        const res = new Array(n);
        for (let i = 0; i < n; i++) {
            const edge = times[i] - w;
            let lo = 0;
            let hi = i; // first index whose time is greater than edge
            while (lo < hi) {
                const mid = (lo + hi) >>> 1;
                if (times[mid] > edge) hi = mid;
                else lo = mid + 1;
            }
            res[i] = i - lo + 1;
        }
        return res;
    }
}
