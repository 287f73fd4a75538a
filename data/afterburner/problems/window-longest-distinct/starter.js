class Solution {
    /**
     * @param {number[]} nums
     * @return {number}
     */
    longestClean(nums) {
        
    }
}
