class Solution {
    public int countComponents(int n, int[][] edges) {
        
    }
}
