class Solution {
    minTracks(intervals) {
        const n = intervals.length;
        const starts = new Int32Array(n);
        const ends = new Int32Array(n);
        for (let i = 0; i < n; i++) {
            starts[i] = intervals[i][0];
            ends[i] = intervals[i][1];
        }
        starts.sort();
        ends.sort();
        let j = 0;
        let active = 0;
        let best = 0;
        for (let i = 0; i < n; i++) {
            while (ends[j] <= starts[i]) {
                j++;
                active--;
            }
            active++;
            if (active > best) best = active;
        }
        return best;
    }
}
