class Solution {
    /**
     * @param {number[]} nums
     * @return {boolean}
     */
    canSplitEvenly(nums) {
        
    }
}
