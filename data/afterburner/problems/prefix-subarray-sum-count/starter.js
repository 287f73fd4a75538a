class Solution {
    /**
     * @param {number[]} nums
     * @param {number} k
     * @return {number}
     */
    countExactSum(nums, k) {
        
    }
}
