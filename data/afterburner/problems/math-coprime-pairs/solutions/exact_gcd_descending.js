class Solution {
    countCoprimePairs(nums) {
        let top = 0;
        for (const x of nums) if (x > top) top = x;
        const freq = new Int32Array(top + 1);
        for (const x of nums) freq[x]++;
        // pairs[d]: pairs whose gcd is exactly d, filled from the largest d down
        const pairs = new Float64Array(top + 1);
        for (let d = top; d >= 1; d--) {
            let c = 0;
            for (let m = d; m <= top; m += d) c += freq[m];
            let exact = c * (c - 1) / 2;
            for (let m = 2 * d; m <= top; m += d) exact -= pairs[m];
            pairs[d] = exact;
        }
        return pairs[1];
    }
}
