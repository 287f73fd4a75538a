class Solution {
    /**
     * @param {number[]} weights
     * @return {number}
     */
    lastRemaining(weights) {
        
    }
}
