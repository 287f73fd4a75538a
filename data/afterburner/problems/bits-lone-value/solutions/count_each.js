class Solution {
    loneValue(nums) {
        for (const x of nums) {
            let count = 0;
            for (let j = 0; j < nums.length; j++) if (nums[j] === x) count++;
            if (count === 1) return x;
        }
        return 0;
    }
}
