class Solution {
    nearestTripleSum(nums, target) {
        const a = nums.slice().sort((x, y) => x - y);
        const n = a.length;
        const lowerBound = (from, key) => {
            let lo = from, hi = n;
            while (lo < hi) {
                const mid = (lo + hi) >> 1;
                if (a[mid] < key) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        };
        let best = a[0] + a[1] + a[2];
        let bestGap = Math.abs(best - target);
        for (let i = 0; i + 2 < n; i++) {
            for (let j = i + 1; j + 1 < n; j++) {
                const base = a[i] + a[j];
                const k = lowerBound(j + 1, target - base);
                for (let idx = k - 1; idx <= k; idx++) {
                    if (idx <= j || idx >= n) continue;
                    const s = base + a[idx], gap = Math.abs(s - target);
                    if (gap < bestGap || (gap === bestGap && s < best)) { best = s; bestGap = gap; }
                }
            }
        }
        return best;
    }
}
