class Solution {
    public int[] oneBitCounts(int n) {
        
    }
}
