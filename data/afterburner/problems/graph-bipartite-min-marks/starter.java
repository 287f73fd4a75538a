class Solution {
    public int minimumMarked(int n, int[][] edges) {
        
    }
}
