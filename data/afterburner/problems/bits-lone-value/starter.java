class Solution {
    public long loneValue(long[] nums) {
        
    }
}
