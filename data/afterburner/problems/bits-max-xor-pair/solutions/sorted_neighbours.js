class Solution {
    largestPairXor(nums) {
        // compare each value with its neighbour in sorted order
        const sorted = nums.slice().sort((a, b) => a - b);
        let best = 0;
        for (let i = 1; i < sorted.length; i++) {
            best = Math.max(best, sorted[i - 1] ^ sorted[i]);
        }
        return best;
    }
}
