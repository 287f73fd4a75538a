class Solution {
    windowCounts(times, w) {
        const n = times.length;
        const res = new Array(n);
        for (let i = 0; i < n; i++) {
            let count = 0;
            for (let j = 0; j <= i; j++) if (times[i] - times[j] < w) count++;
            res[i] = count;
        }
        return res;
    }
}
