class Solution {
    locate(nums, queries) {
        // one binary search per query: one half of [lo, hi] is always sorted
        const out = new Array(queries.length);
        for (let t = 0; t < queries.length; t++) {
            const v = queries[t];
            let lo = 0;
            let hi = nums.length - 1;
            let found = -1;
            while (lo <= hi) {
                const mid = (lo + hi) >> 1;
                const m = nums[mid];
                if (m === v) {
                    found = mid;
                    break;
                }
                if (nums[lo] <= m) {
                    if (nums[lo] <= v && v < m) hi = mid - 1;
                    else lo = mid + 1;
                } else if (m < v && v <= nums[hi]) {
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            out[t] = found;
        }
        return out;
    }
}
