class Solution {
    firstSingle(nums) {
        const odd = new Set();
        for (const x of nums) {
            if (!odd.delete(x)) odd.add(x);
        }
        return nums.findIndex((x) => odd.has(x));
    }
}
