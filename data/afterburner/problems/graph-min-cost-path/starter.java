class Solution {
    public int minCost(int n, int[][] arcs) {
        
    }
}
