class Solution {
    longestRising(nums) {
        const tails = []; // smallest last value per length
        for (const x of nums) {
            let lo = 0;
            let hi = tails.length;
            while (lo < hi) {
                const mid = (lo + hi) >>> 1;
                if (tails[mid] < x) lo = mid + 1;
                else hi = mid;
            }
            tails[lo] = x;
        }
        return tails.length;
    }
}
