class Solution {
    public int countBridges(int n, int[][] edges) {
        
    }
}
