class Solution {
    public long coveredLength(int[][] segments) {
        
    }
}
