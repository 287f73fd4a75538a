class Solution {
    /**
     * @param {string} a
     * @param {string} b
     * @return {number}
     */
    sharedSubsequenceLength(a, b) {
        
    }
}
