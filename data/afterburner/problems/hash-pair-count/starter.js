class Solution {
    /**
     * @param {number[]} nums
     * @param {number} target
     * @return {number}
     */
    countPairs(nums, target) {
        
    }
}
