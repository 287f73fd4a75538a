class Solution {
    kthGap(nums, k) {
        const a = nums.slice().sort((x, y) => x - y);
        const n = a.length;
        // largest d with fewer than k gaps below it
        let lo = 0;
        let hi = a[n - 1] - a[0];
        while (lo < hi) {
            const mid = Math.floor((lo + hi + 1) / 2);
            let total = 0;
            let left = 0;
            for (let right = 0; right < n; right++) {
                while (a[right] - a[left] >= mid) left++;
                total += right - left;
            }
            if (total < k) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }
}
