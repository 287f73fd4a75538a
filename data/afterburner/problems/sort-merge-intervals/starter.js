class Solution {
    /**
     * @param {number[][]} intervals
     * @return {number[][]}
     */
    unionIntervals(intervals) {
        
    }
}
