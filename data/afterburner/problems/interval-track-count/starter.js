class Solution {
    /**
     * @param {number[][]} intervals
     * @return {number}
     */
    minTracks(intervals) {
        
    }
}
