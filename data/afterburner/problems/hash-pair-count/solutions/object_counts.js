class Solution {
    countPairs(nums, target) {
        // a plain object as the counter: keys go through string conversion
        const seen = {};
        let total = 0;
        for (const x of nums) {
            const c = seen[target - x];
            if (c !== undefined) total += c;
            seen[x] = (seen[x] || 0) + 1;
        }
        return total;
    }
}
