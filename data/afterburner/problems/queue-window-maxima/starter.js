class Solution {
    /**
     * @param {number[]} nums
     * @param {number} k
     * @return {number[]}
     */
    windowMaxima(nums, k) {
        
    }
}
