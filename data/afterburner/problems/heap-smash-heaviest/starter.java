class Solution {
    public int lastRemaining(int[] weights) {
        
    }
}
