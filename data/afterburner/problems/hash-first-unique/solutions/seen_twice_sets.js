class Solution {
    firstSingle(nums) {
        const seen = new Set();
        const repeated = new Set();
        for (const x of nums) {
            if (seen.has(x)) repeated.add(x);
            else seen.add(x);
        }
        return nums.findIndex((x) => !repeated.has(x));
    }
}
