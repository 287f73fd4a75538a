class Solution {
    /**
     * @param {number} n
     * @param {number[][]} edges
     * @return {number}
     */
    countBridges(n, edges) {
        
    }
}
