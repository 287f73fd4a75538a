class Solution {
    countPairs(nums, target) {
        const n = nums.length;
        let total = 0;
        for (let i = 0; i < n; i++)
            for (let j = i + 1; j < n; j++)
                if (nums[i] + nums[j] === target) total++;
        return total;
    }
}
