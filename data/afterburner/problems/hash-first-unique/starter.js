class Solution {
    /**
     * @param {number[]} nums
     * @return {number}
     */
    firstSingle(nums) {
        
    }
}
