class Solution {
    longestClean(nums) {
        const last = new Map();
        let left = 0;
        let best = 0;
        for (let right = 0; right < nums.length; right++) {
            const prev = last.get(nums[right]);
            if (prev !== undefined) left = prev + 1;
            last.set(nums[right], right);
            best = Math.max(best, right - left + 1);
        }
        return best;
    }
}
