class Solution {
    windowCounts(times, w) {
        const n = times.length;
        const res = new Int32Array(n);
        let left = 0;
        for (let right = 0; right < n; right++) {
            while (times[right] - times[left] >= w) left++;
            res[right] = right - left + 1;
        }
        return res;
    }
}
