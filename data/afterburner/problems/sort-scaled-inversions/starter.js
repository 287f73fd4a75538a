class Solution {
    /**
     * @param {number[]} nums
     * @param {number} c
     * @return {number}
     */
    countHeavyPairs(nums, c) {
        
    }
}
