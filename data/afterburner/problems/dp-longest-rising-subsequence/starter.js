class Solution {
    /**
     * @param {number[]} nums
     * @return {number}
     */
    longestRising(nums) {
        
    }
}
