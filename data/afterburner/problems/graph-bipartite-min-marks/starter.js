class Solution {
    /**
     * @param {number} n
     * @param {number[][]} edges
     * @return {number}
     */
    minimumMarked(n, edges) {
        
    }
}
