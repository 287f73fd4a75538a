class Solution {
    public int firstCycleEdge(int n, int[][] edges) {
        
    }
}
