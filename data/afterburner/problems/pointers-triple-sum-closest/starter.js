class Solution {
    /**
     * @param {number[]} nums
     * @param {number} target
     * @return {number}
     */
    nearestTripleSum(nums, target) {
        
    }
}
