class Solution {
    /**
     * @param {number} n
     * @param {number[][]} arcs
     * @return {number}
     */
    minCost(n, arcs) {
        
    }
}
