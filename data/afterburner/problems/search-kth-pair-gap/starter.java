class Solution {
    public long kthGap(long[] nums, long k) {
        
    }
}
