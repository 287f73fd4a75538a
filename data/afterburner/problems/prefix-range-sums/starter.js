class Solution {
    /**
     * @param {number[]} nums
     * @param {number[][]} queries
     * @return {number[]}
     */
    rangeSums(nums, queries) {
        
    }
}
