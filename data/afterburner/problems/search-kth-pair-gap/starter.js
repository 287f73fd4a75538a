class Solution {
    /**
     * @param {number[]} nums
     * @param {number} k
     * @return {number}
     */
    kthGap(nums, k) {
        
    }
}
