class Solution {
    public int treeHeight(int n, int[][] edges) {
        
    }
}
