class Solution {
    /**
     * @param {number[]} heights
     * @return {number}
     */
    largestRectangle(heights) {
        
    }
}
