class Solution {
    /**
     * @param {string} s
     * @return {string}
     */
    collapsePairs(s) {
        
    }
}
