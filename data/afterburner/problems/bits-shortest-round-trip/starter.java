class Solution {
    public int cheapestRoundTrip(int[][] cost) {
        
    }
}
