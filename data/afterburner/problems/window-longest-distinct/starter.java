class Solution {
    public int longestClean(long[] nums) {
        
    }
}
