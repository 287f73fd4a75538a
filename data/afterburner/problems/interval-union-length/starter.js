class Solution {
    /**
     * @param {number[][]} segments
     * @return {number}
     */
    coveredLength(segments) {
        
    }
}
