class Solution {
    /**
     * @param {number[]} nums
     * @param {number} m
     * @return {number}
     */
    lightestCut(nums, m) {
        
    }
}
