class Solution {
    /**
     * @param {number} n
     * @return {number}
     */
    countSequences(n) {
        
    }
}
