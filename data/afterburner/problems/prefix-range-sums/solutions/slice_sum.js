class Solution {
    rangeSums(nums, queries) {
        return queries.map(([l, r]) => {
            let total = 0;
            for (let i = l - 1; i < r; i++) total += nums[i];
            return total;
        });
    }
}
