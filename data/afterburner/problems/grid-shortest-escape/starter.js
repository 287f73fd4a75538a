class Solution {
    /**
     * @param {string[]} grid
     * @return {number}
     */
    shortestEscape(grid) {
        
    }
}
