class Solution {
    public int[] firstPositions(long[] nums, long[] queries) {
        
    }
}
