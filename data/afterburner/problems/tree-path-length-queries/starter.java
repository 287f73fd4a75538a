class Solution {
    public int[] pathLengths(int n, int[][] edges, int[][] queries) {
        
    }
}
