class Solution {
    public int[][] unionIntervals(int[][] intervals) {
        
    }
}
