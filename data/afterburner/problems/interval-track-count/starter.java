class Solution {
    public int minTracks(int[][] intervals) {
        
    }
}
