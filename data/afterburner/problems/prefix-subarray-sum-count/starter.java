class Solution {
    public long countExactSum(long[] nums, long k) {
        
    }
}
