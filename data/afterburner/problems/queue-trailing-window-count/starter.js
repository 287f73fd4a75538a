class Solution {
    /**
     * @param {number[]} times
     * @param {number} w
     * @return {number[]}
     */
    windowCounts(times, w) {
        
    }
}
