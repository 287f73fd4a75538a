class Solution {
    /**
     * @param {number} n
     * @param {number[][]} edges
     * @return {number}
     */
    countComponents(n, edges) {
        
    }
}
