class Solution {
    minTracks(intervals) {
        const items = intervals.slice().sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        const tracks = []; // end of the last booking on each track
        for (const [s, e] of items) {
            let t = 0;
            while (t < tracks.length && tracks[t] > s) t++;
            if (t === tracks.length) tracks.push(e);
            else tracks[t] = e;
        }
        return tracks.length;
    }
}
