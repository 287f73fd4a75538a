class Solution {
    /**
     * @param {number} n
     * @param {number[][]} edges
     * @return {number}
     */
    firstCycleEdge(n, edges) {
        
    }
}
