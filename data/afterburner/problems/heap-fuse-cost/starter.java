class Solution {
    public long minFuseCost(int[] nums) {
        
    }
}
