class Solution {
    /**
     * @param {number[]} nums
     * @param {number[]} queries
     * @return {number[]}
     */
    firstPositions(nums, queries) {
        
    }
}
