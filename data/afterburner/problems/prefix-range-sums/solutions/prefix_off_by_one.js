class Solution {
    rangeSums(nums, queries) {
        const prefix = new Float64Array(nums.length + 1);
        for (let i = 0; i < nums.length; i++) prefix[i + 1] = prefix[i] + nums[i];
        return queries.map(([l, r]) => prefix[r] - prefix[l]);
    }
}
