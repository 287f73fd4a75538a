class Solution {
    longestClean(nums) {
        // rank values by sorting, then keep last positions in a typed array
        const sorted = Float64Array.from(nums).sort();
        const values = [];
        for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) values.push(sorted[i]);
        const rank = (v) => {
            let lo = 0;
            let hi = values.length - 1;
            while (lo < hi) {
                const mid = (lo + hi) >>> 1;
                if (values[mid] < v) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        };
        const last = new Int32Array(values.length).fill(-1);
        let start = 0;
        let best = 0;
        for (let i = 0; i < nums.length; i++) {
            const r = rank(nums[i]);
            if (last[r] >= start) start = last[r] + 1;
            last[r] = i;
            if (i - start + 1 > best) best = i - start + 1;
        }
        return best;
    }
}
