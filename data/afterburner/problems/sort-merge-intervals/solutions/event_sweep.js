class Solution {
    unionIntervals(intervals) {
        // Events as 2*x + kind: at the same point an opening (0) sorts before a
        // closing (1), so touching intervals stay in one block.
        const n = intervals.length;
        const events = new Float64Array(2 * n);
        for (let i = 0; i < n; i++) {
            events[2 * i] = 2 * intervals[i][0];
            events[2 * i + 1] = 2 * intervals[i][1] + 1;
        }
        events.sort();
        const out = [];
        let open = 0, begin = 0;
        for (const ev of events) {
            const x = Math.floor(ev / 2);
            if (ev % 2 === 0) {
                if (open++ === 0) begin = x;
            } else if (--open === 0) {
                out.push([begin, x]);
            }
        }
        return out;
    }
}
