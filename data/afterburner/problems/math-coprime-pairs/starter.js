class Solution {
    /**
     * @param {number[]} nums
     * @return {number}
     */
    countCoprimePairs(nums) {
        
    }
}
