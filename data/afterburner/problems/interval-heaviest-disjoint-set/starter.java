class Solution {
    public long maxWeight(int[][] bookings) {
        
    }
}
