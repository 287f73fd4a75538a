class Solution {
    countExactSum(nums, k) {
        const seen = new Map();
        let prefix = 0;
        let total = 0;
        for (const x of nums) {
            prefix += x;
            const c = seen.get(prefix - k);
            if (c !== undefined) total += c;
            seen.set(prefix, (seen.get(prefix) || 0) + 1);
        }
        return total;
    }
}
