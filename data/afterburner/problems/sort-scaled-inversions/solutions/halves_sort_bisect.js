class Solution {
    countHeavyPairs(nums, c) {
        const solve = (lo, hi) => {
            if (hi - lo < 2) return 0;
            const mid = (lo + hi) >> 1;
            let total = solve(lo, mid) + solve(mid, hi);
            // sort a copy of the left half and binary-search every right value
            const left = nums.slice(lo, mid).sort((x, y) => x - y);
            for (let j = mid; j < hi; j++) {
                const bound = c * nums[j];
                let a = 0, b = left.length;
                while (a < b) {
                    const m = (a + b) >> 1;
                    if (left[m] <= bound) a = m + 1;
                    else b = m;
                }
                total += left.length - a;
            }
            return total;
        };
        return solve(0, nums.length);
    }
}
