class Solution {
    /**
     * @param {number[]} w
     * @return {number}
     */
    mergeCost(w) {
        
    }
}
