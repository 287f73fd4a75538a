class Solution {
    minTracks(intervals) {
        // packed events: time * 2, plus 1 for a start, so ends sort first at equal times
        const n = intervals.length;
        const ev = new Float64Array(2 * n);
        for (let i = 0; i < n; i++) {
            ev[2 * i] = 2 * intervals[i][0] + 1;
            ev[2 * i + 1] = 2 * intervals[i][1];
        }
        ev.sort();
        let cur = 0;
        let best = 0;
        for (let i = 0; i < ev.length; i++) {
            if (ev[i] % 2 === 1) {
                cur++;
                if (cur > best) best = cur;
            } else {
                cur--;
            }
        }
        return best;
    }
}
