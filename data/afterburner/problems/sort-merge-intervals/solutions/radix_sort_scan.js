class Solution {
    unionIntervals(intervals) {
        // LSD radix sort of the indices by start (two 16-bit digits), then one scan.
        const n = intervals.length;
        let order = new Int32Array(n), tmp = new Int32Array(n);
        for (let i = 0; i < n; i++) order[i] = i;
        for (let shift = 0; shift < 32; shift += 16) {
            const count = new Int32Array((1 << 16) + 1);
            for (const i of order) count[((intervals[i][0] >> shift) & 0xFFFF) + 1]++;
            for (let d = 0; d < (1 << 16); d++) count[d + 1] += count[d];
            for (const i of order) tmp[count[(intervals[i][0] >> shift) & 0xFFFF]++] = i;
            [order, tmp] = [tmp, order];
        }
        const merged = [];
        for (const i of order) {
            const [l, r] = intervals[i];
            const last = merged[merged.length - 1];
            if (last !== undefined && l <= last[1]) {
                if (r > last[1]) last[1] = r;
            } else {
                merged.push([l, r]);
            }
        }
        return merged;
    }
}
