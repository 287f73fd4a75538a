class Solution {
    firstPositions(nums, queries) {
        const n = nums.length;
        return queries.map((v) => {
            for (let i = 0; i < n; i++) if (nums[i] === v) return i;
            return -1;
        });
    }
}
