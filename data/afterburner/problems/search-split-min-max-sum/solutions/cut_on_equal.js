class Solution {
    lightestCut(nums, m) {
        const partsNeeded = (limit) => {
            let parts = 1, cur = 0;
            for (const x of nums) {
                // starts a new part even when the sum would just reach the limit
                if (cur + x >= limit) {
                    parts++;
                    cur = x;
                } else {
                    cur += x;
                }
            }
            return parts;
        };
        let lo = 0, hi = 0;
        for (const x of nums) {
            if (x > lo) lo = x;
            hi += x;
        }
        while (lo < hi) {
            const mid = Math.floor((lo + hi) / 2);
            if (partsNeeded(mid) <= m) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
