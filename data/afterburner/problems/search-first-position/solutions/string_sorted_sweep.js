class Solution {
    firstPositions(nums, queries) {
        const values = Array.from(new Set(queries)).sort();
        const found = new Map();
        const n = nums.length;
        let i = 0;
        for (const v of values) {
            while (i < n && nums[i] < v) i++;
            found.set(v, i < n && nums[i] === v ? i : -1);
        }
        return queries.map((v) => found.get(v));
    }
}
