class Solution {
    /**
     * @param {number} n
     * @param {number[][]} edges
     * @param {number[][]} queries
     * @return {number[]}
     */
    pathLengths(n, edges, queries) {
        
    }
}
