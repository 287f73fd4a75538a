class Solution {
    kthGap(nums, k) {
        const a = nums.slice().sort((x, y) => x - y);
        const n = a.length;
        // first index in [from, n) whose value exceeds v
        const upperBound = (from, v) => {
            let lo = from;
            let hi = n;
            while (lo < hi) {
                const mid = (lo + hi) >>> 1;
                if (a[mid] <= v) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        };
        let lo = 0;
        let hi = a[n - 1] - a[0];
        while (lo < hi) {
            const mid = Math.floor((lo + hi) / 2);
            let count = 0;
            for (let i = 0; i < n; i++) count += upperBound(i + 1, a[i] + mid) - i - 1;
            if (count >= k) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
