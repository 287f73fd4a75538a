class Solution {
    /**
     * @param {number[]} nums
     * @param {number[]} queries
     * @return {number[]}
     */
    locate(nums, queries) {
        
    }
}
