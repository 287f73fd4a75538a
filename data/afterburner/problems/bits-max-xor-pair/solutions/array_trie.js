class Solution {
    largestPairXor(nums) {
        // binary trie over 30 bits stored in one flat child array
        const n = nums.length;
        const child = new Int32Array(2 * (30 * n + 1));
        let nodes = 1;
        for (const x of nums) {
            let node = 0;
            for (let b = 29; b >= 0; b--) {
                const slot = 2 * node + ((x >> b) & 1);
                if (child[slot] === 0) child[slot] = nodes++;
                node = child[slot];
            }
        }
        let best = 0;
        for (const x of nums) {
            let node = 0;
            let value = 0;
            for (let b = 29; b >= 0; b--) {
                const want = ((x >> b) & 1) ^ 1;
                if (child[2 * node + want] !== 0) {
                    value |= 1 << b;
                    node = child[2 * node + want];
                } else {
                    node = child[2 * node + (want ^ 1)];
                }
            }
            if (value > best) best = value;
        }
        return best;
    }
}
