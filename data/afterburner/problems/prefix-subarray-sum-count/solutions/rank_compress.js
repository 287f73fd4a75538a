class Solution {
    countExactSum(nums, k) {
        const n = nums.length;
        const prefix = new Float64Array(n + 1);
        for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i] + nums[i];
        const sorted = Float64Array.from(prefix).sort();
        let m = 0;
        for (let i = 0; i <= n; i++) {
            if (i === 0 || sorted[i] !== sorted[m - 1]) sorted[m++] = sorted[i];
        }
        const lowerBound = (v) => {
            let lo = 0;
            let hi = m;
            while (lo < hi) {
                const mid = (lo + hi) >>> 1;
                if (sorted[mid] < v) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        };
        const counts = new Int32Array(m);
        let total = 0;
        for (let i = 0; i <= n; i++) {
            const want = prefix[i] - k;
            const r = lowerBound(want);
            if (r < m && sorted[r] === want) total += counts[r];
            counts[lowerBound(prefix[i])]++;
        }
        return total;
    }
}
