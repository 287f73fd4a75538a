class Solution {
    /**
     * @param {number} n
     * @return {number[]}
     */
    oneBitCounts(n) {
        
    }
}
