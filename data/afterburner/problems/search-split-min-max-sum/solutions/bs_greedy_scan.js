class Solution {
    lightestCut(nums, m) {
        // binary search the weight; greedy fills each part as far as the limit allows
        const partsNeeded = (limit) => {
            let parts = 1, cur = 0;
            for (const x of nums) {
                if (cur + x > limit) {
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
