class Solution {
    nearestTripleSum(nums, target) {
        const a = nums.slice().sort((x, y) => x - y);
        const n = a.length;
        // for each distinct anchor keep the nearest sum below and above the target
        const candidates = new Set();
        for (let i = 0; i + 2 < n; i++) {
            if (i > 0 && a[i] === a[i - 1]) continue;
            let lo = i + 1, hi = n - 1;
            let under = null, over = null;
            while (lo < hi) {
                const s = a[i] + a[lo] + a[hi];
                if (s === target) return s;
                if (s < target) {
                    if (under === null || s > under) under = s;
                    lo++;
                } else {
                    if (over === null || s < over) over = s;
                    hi--;
                }
            }
            if (under !== null) candidates.add(under);
            if (over !== null) candidates.add(over);
        }
        let best = null;
        for (const s of candidates) {
            if (best === null) { best = s; continue; }
            const d = Math.abs(s - target), bd = Math.abs(best - target);
            if (d < bd || (d === bd && s < best)) best = s;
        }
        return best;
    }
}
