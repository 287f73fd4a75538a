class Solution {
    public int[] strongSummary(int n, int[][] arcs) {
        
    }
}
