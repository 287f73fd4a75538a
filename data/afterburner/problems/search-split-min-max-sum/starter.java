class Solution {
    public long lightestCut(int[] nums, int m) {
        
    }
}
