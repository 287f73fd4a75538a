class Solution {
    countPairs(nums, target) {
        const seen = new Map();
        let total = 0;
        for (const x of nums) {
            const c = seen.get(target - x);
            if (c !== undefined) total += c;
            seen.set(x, (seen.get(x) || 0) + 1);
        }
        return total;
    }
}
