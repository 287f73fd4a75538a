class Solution {
    longestClean(nums) {
        // binary search on the answer; each check slides a window of that length over value ids
        const n = nums.length;
        const sorted = Float64Array.from(nums).sort();
        const values = [];
        for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) values.push(sorted[i]);
        const ids = new Int32Array(n);
        for (let i = 0; i < n; i++) {
            let lo = 0;
            let hi = values.length - 1;
            while (lo < hi) {
                const mid = (lo + hi) >>> 1;
                if (values[mid] < nums[i]) lo = mid + 1;
                else hi = mid;
            }
            ids[i] = lo;
        }
        const counts = new Int32Array(values.length);
        const exists = (length) => {
            counts.fill(0);
            let duplicates = 0;
            for (let i = 0; i < n; i++) {
                if (++counts[ids[i]] === 2) duplicates++;
                if (i >= length && --counts[ids[i - length]] === 1) duplicates--;
                if (i >= length - 1 && duplicates === 0) return true;
            }
            return false;
        };
        let lo = 1;
        let hi = values.length;
        while (lo < hi) {
            const mid = (lo + hi + 1) >>> 1;
            if (exists(mid)) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }
}
