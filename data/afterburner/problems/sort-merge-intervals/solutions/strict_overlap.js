class Solution {
    unionIntervals(intervals) {
        const sorted = intervals.slice().sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        const merged = [];
        for (const [l, r] of sorted) {
            const last = merged[merged.length - 1];
            // joins only when the next start is strictly inside the block
            if (last !== undefined && l < last[1]) {
                if (r > last[1]) last[1] = r;
            } else {
                merged.push([l, r]);
            }
        }
        return merged;
    }
}
