class Solution {
    public int firstSingle(long[] nums) {
        
    }
}
