class Solution {
    loneValue(nums) {
        // one pass per bit of the 32-bit form: odd counts give the lone value's bits
        let result = 0;
        for (let b = 0; b < 32; b++) {
            let ones = 0;
            for (let i = 0; i < nums.length; i++) ones += (nums[i] >>> b) & 1;
            if (ones & 1) result |= 1 << b;
        }
        return result | 0;
    }
}
