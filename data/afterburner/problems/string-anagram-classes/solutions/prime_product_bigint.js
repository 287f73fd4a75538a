class Solution {
    anagramClasses(words) {
        // the product of one prime per letter identifies the multiset of letters
        const primes = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53,
            59, 61, 67, 71, 73, 79, 83, 89, 97, 101].map((p) => BigInt(p));
        const sizes = new Map();
        let best = 0;
        for (const w of words) {
            let key = 1n;
            for (let i = 0; i < w.length; i++) key *= primes[w.charCodeAt(i) - 97];
            const size = (sizes.get(key) || 0) + 1;
            sizes.set(key, size);
            if (size > best) best = size;
        }
        return [sizes.size, best];
    }
}
