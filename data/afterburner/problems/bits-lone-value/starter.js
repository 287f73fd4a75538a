class Solution {
    /**
     * @param {number[]} nums
     * @return {number}
     */
    loneValue(nums) {
        
    }
}
