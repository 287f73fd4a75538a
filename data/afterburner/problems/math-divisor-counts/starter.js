class Solution {
    /**
     * @param {number[]} nums
     * @return {number[]}
     */
    divisorTally(nums) {
        
    }
}
