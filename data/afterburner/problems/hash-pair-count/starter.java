class Solution {
    public long countPairs(long[] nums, long target) {
        
    }
}
