class Solution {
    public long largestRectangle(int[] heights) {
        
    }
}
