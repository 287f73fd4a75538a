class Solution {
    /**
     * @param {number[]} nums
     * @return {number[]}
     */
    runningMedians(nums) {
        
    }
}
