class Solution {
    /**
     * @param {number[]} nums
     * @return {number}
     */
    minFuseCost(nums) {
        
    }
}
