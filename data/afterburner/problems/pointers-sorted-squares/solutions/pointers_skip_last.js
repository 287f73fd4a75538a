class Solution {
    sortedSquares(nums) {
        const result = [];
        let left = 0;
        let right = nums.length - 1;
        while (left < right) {
            if (Math.abs(nums[left]) > Math.abs(nums[right])) result.push(nums[left] * nums[left++]);
            else result.push(nums[right] * nums[right--]);
        }
        return result.reverse();
    }
}
