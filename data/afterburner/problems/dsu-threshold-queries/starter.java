class Solution {
    public String reachableUnder(int n, int[][] edges, int[][] queries) {
        
    }
}
