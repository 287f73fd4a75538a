class Solution {
    /**
     * @param {string[]} grid
     * @return {number}
     */
    countIslands(grid) {
        
    }
}
