function lowerBound(a, lo, v) {
    let hi = a.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (a[mid] < v) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

class Solution {
    countPairs(nums, target) {
        const a = Float64Array.from(nums).sort();
        let total = 0;
        for (let i = 0; i < a.length; i++) {
            const need = target - a[i];
            if (need < a[i]) break;
            const from = lowerBound(a, i + 1, need);
            total += lowerBound(a, from, need + 1) - from;
        }
        return total;
    }
}
