class Solution {
    minTracks(intervals) {
        let best = 0;
        for (const p of intervals) {
            const s = p[0];
            let covering = 0;
            for (const q of intervals) {
                if (q[0] <= s && s < q[1]) covering++;
            }
            if (covering > best) best = covering;
        }
        return best;
    }
}
