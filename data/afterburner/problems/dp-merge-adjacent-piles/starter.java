class Solution {
    public long mergeCost(int[] w) {
        
    }
}
