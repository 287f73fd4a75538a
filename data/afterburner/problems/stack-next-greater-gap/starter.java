class Solution {
    public int[] nextGreaterGap(int[] nums) {
        
    }
}
