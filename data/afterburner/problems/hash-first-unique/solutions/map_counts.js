class Solution {
    firstSingle(nums) {
        const counts = new Map();
        for (const x of nums) counts.set(x, (counts.get(x) || 0) + 1);
        for (let i = 0; i < nums.length; i++) if (counts.get(nums[i]) === 1) return i;
        return -1;
    }
}
