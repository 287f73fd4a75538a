class Solution {
    /**
     * @param {number[]} nums
     * @return {number[]}
     */
    nextGreaterGap(nums) {
        
    }
}
