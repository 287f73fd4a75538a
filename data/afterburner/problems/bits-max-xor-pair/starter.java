class Solution {
    public int largestPairXor(int[] nums) {
        
    }
}
