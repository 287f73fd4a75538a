class Solution {
    public long[] rangeSums(long[] nums, int[][] queries) {
        
    }
}
