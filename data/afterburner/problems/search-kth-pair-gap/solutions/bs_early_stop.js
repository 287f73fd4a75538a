class Solution {
    kthGap(nums, k) {
        const a = Int32Array.from(nums).sort();
        const n = a.length;
        // stop counting as soon as k pairs are found
        const reachesK = (d) => {
            let count = 0;
            let j = 0;
            for (let i = 0; i < n; i++) {
                while (j < n && a[j] - a[i] <= d) j++;
                count += j - i - 1;
                if (count >= k) return true;
            }
            return false;
        };
        let lo = Infinity;
        for (let i = 0; i + 1 < n; i++) lo = Math.min(lo, a[i + 1] - a[i]);
        let hi = a[n - 1] - a[0];
        while (lo < hi) {
            const mid = Math.floor((lo + hi) / 2);
            if (reachesK(mid)) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
