class Solution {
    largestPairXor(nums) {
        // fix the answer bit by bit from the top, checking prefixes in a hash set
        let best = 0;
        let mask = 0;
        for (let b = 29; b >= 0; b--) {
            mask |= 1 << b;
            const prefixes = new Set();
            for (const x of nums) prefixes.add(x & mask);
            const candidate = best | (1 << b);
            for (const p of prefixes) {
                if (prefixes.has(p ^ candidate)) {
                    best = candidate;
                    break;
                }
            }
        }
        return best;
    }
}
