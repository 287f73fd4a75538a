class Solution {
    /**
     * @param {number[]} nums
     * @return {number}
     */
    largestPairXor(nums) {
        
    }
}
