class Solution {
    /**
     * @param {number} n
     * @param {number[][]} edges
     * @return {number}
     */
    treeHeight(n, edges) {
        
    }
}
