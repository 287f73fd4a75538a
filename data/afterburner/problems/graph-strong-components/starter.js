class Solution {
    /**
     * @param {number} n
     * @param {number[][]} arcs
     * @return {number[]}
     */
    strongSummary(n, arcs) {
        
    }
}
