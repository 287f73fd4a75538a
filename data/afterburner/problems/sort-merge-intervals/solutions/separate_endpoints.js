class Solution {
    unionIntervals(intervals) {
        // Sorting starts and ends separately is enough: a block ends at the i-th
        // smallest end exactly when the (i+1)-th smallest start lies beyond it.
        const n = intervals.length;
        const starts = new Int32Array(n), ends = new Int32Array(n);
        for (let i = 0; i < n; i++) {
            starts[i] = intervals[i][0];
            ends[i] = intervals[i][1];
        }
        starts.sort();
        ends.sort();
        const result = [];
        let blockStart = 0;
        for (let i = 0; i < n; i++) {
            if (i === n - 1 || starts[i + 1] > ends[i]) {
                result.push([starts[blockStart], ends[i]]);
                blockStart = i + 1;
            }
        }
        return result;
    }
}
