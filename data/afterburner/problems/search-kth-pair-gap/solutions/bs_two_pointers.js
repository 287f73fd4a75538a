class Solution {
    kthGap(nums, k) {
        const a = Float64Array.from(nums).sort();
        const n = a.length;
        let lo = 0;
        let hi = a[n - 1] - a[0];
        while (lo < hi) {
            const mid = Math.floor((lo + hi) / 2);
            let total = 0;
            let left = 0;
            for (let right = 0; right < n; right++) {
                while (a[right] - a[left] > mid) left++;
                total += right - left;
            }
            if (total >= k) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }
}
