class Solution {
    /**
     * @param {number} n
     * @param {number[][]} edges
     * @param {number[][]} queries
     * @return {string}
     */
    reachableUnder(n, edges, queries) {
        
    }
}
