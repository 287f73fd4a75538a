class Solution {
    longestRising(nums) {
        const piles = [];
        for (const x of nums) {
            let lo = 0;
            let hi = piles.length;
            while (lo < hi) {
                const mid = (lo + hi) >>> 1;
                if (piles[mid] <= x) lo = mid + 1;
                else hi = mid;
            }
            piles[lo] = x;
        }
        return piles.length;
    }
}
