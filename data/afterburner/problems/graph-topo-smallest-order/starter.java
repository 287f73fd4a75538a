class Solution {
    public int[] smallestOrder(int n, int[][] rules) {
        
    }
}
