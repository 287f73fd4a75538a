class Solution {
    largestPairXor(nums) {
        const sorted = Array.from(new Set(nums)).sort((a, b) => a - b);
        const n = sorted.length;
        // first index in [lo, hi) whose bit b is set; the range agrees above b
        const split = (lo, hi, b) => {
            while (lo < hi) {
                const mid = (lo + hi) >> 1;
                if (((sorted[mid] >> b) & 1) === 0) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        };
        // largest XOR of bits b..0 between a value of [alo, ahi) and one of [blo, bhi)
        const across = (alo, ahi, blo, bhi, b) => {
            if (b < 0) return 0;
            const am = split(alo, ahi, b);
            const bm = split(blo, bhi, b);
            let res = -1;
            if (am > alo && bhi > bm) res = Math.max(res, (1 << b) | across(alo, am, bm, bhi, b - 1));
            if (ahi > am && bm > blo) res = Math.max(res, (1 << b) | across(am, ahi, blo, bm, b - 1));
            if (res >= 0) return res;
            return across(alo, ahi, blo, bhi, b - 1);
        };
        for (let b = 29; b >= 0; b--) {
            const m = split(0, n, b);
            if (m > 0 && m < n) return across(0, m, m, n, b);
        }
        return 0;
    }
}
