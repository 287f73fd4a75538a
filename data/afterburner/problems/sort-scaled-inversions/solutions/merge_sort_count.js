class Solution {
    countHeavyPairs(nums, c) {
        const a = Float64Array.from(nums);
        const buf = new Float64Array(a.length);
        const sortCount = (lo, hi) => {
            if (hi - lo < 2) return 0;
            const mid = (lo + hi) >> 1;
            let count = sortCount(lo, mid) + sortCount(mid, hi);
            // both halves are sorted: count left values above c * right value
            let i = lo;
            for (let j = mid; j < hi; j++) {
                const bound = c * a[j];
                while (i < mid && a[i] <= bound) i++;
                count += mid - i;
            }
            let p = lo, q = mid, k = lo;
            while (p < mid && q < hi) buf[k++] = a[p] <= a[q] ? a[p++] : a[q++];
            while (p < mid) buf[k++] = a[p++];
            while (q < hi) buf[k++] = a[q++];
            a.set(buf.subarray(lo, hi), lo);
            return count;
        };
        return sortCount(0, a.length);
    }
}
