class Solution {
    lightestCut(nums, m) {
        // each part jumps to the furthest prefix within the limit (binary search on prefix sums)
        const n = nums.length;
        const pre = new Float64Array(n + 1);
        let lo = 0;
        for (let i = 0; i < n; i++) {
            pre[i + 1] = pre[i] + nums[i];
            if (nums[i] > lo) lo = nums[i];
        }
        const fits = (limit) => {
            let pos = 0;
            for (let p = 0; p < m; p++) {
                const target = pre[pos] + limit;
                let a = pos, b = n;
                while (a < b) {
                    const c = (a + b + 1) >> 1;
                    if (pre[c] <= target) a = c;
                    else b = c - 1;
                }
                pos = a;
                if (pos === n) return true;
            }
            return false;
        };
        let hi = pre[n];
        while (lo < hi) {
            const mid = Math.floor((lo + hi) / 2);
            if (fits(mid)) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
