class Solution {
    largestPairXor(nums) {
        // sort once; shifted values stay sorted, so each round dedupes and binary searches
        const sorted = Int32Array.from(nums).sort();
        const prefixes = new Int32Array(sorted.length);
        const contains = (size, q) => {
            let lo = 0;
            let hi = size;
            while (lo < hi) {
                const mid = (lo + hi) >> 1;
                if (prefixes[mid] < q) lo = mid + 1;
                else hi = mid;
            }
            return lo < size && prefixes[lo] === q;
        };
        let best = 0;
        for (let b = 29; b >= 0; b--) {
            let size = 0;
            for (let i = 0; i < sorted.length; i++) {
                const p = sorted[i] >> b;
                if (size === 0 || prefixes[size - 1] !== p) prefixes[size++] = p;
            }
            const candidate = (best << 1) | 1;
            let found = false;
            for (let i = 0; i < size && !found; i++) {
                if (contains(size, prefixes[i] ^ candidate)) found = true;
            }
            best = found ? candidate : best << 1;
        }
        return best;
    }
}
