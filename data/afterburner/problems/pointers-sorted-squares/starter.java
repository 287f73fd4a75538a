class Solution {
    public long[] sortedSquares(long[] nums) {
        
    }
}
