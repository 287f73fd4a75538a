class Solution {
    /**
     * @param {number[][]} cost
     * @return {number}
     */
    cheapestRoundTrip(cost) {
        
    }
}
