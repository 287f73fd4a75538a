class Solution {
    nearestTripleSum(nums, target) {
        const a = Int32Array.from(nums).sort();
        const n = a.length;
        let best = a[0] + a[1] + a[2];
        for (let i = 0; i + 2 < n; i++) {
            let lo = i + 1, hi = n - 1;
            while (lo < hi) {
                const s = a[i] + a[lo] + a[hi];
                const d = Math.abs(s - target), bd = Math.abs(best - target);
                if (d < bd || (d === bd && s < best)) best = s;
                if (s < target) lo++;
                else if (s > target) hi--;
                else return s;
            }
        }
        return best;
    }
}
