class Solution {
    largestPairXor(nums) {
        // greedy over bits, but partners are looked up by scanning the prefix list
        const n = nums.length;
        let best = 0;
        let mask = 0;
        for (let b = 29; b >= 0; b--) {
            mask |= 1 << b;
            const prefixes = nums.map((x) => x & mask);
            const candidate = best | (1 << b);
            let found = false;
            for (let i = 0; i < n && !found; i++) {
                const want = prefixes[i] ^ candidate;
                for (let j = 0; j < n; j++) {
                    if (prefixes[j] === want) {
                        found = true;
                        break;
                    }
                }
            }
            if (found) best = candidate;
        }
        return best;
    }
}
