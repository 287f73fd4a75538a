class Solution {
    loneValue(nums) {
        // every value fits in 32 bits, where ^ works
        let acc = 0;
        for (let i = 0; i < nums.length; i++) acc ^= nums[i];
        return acc;
    }
}
