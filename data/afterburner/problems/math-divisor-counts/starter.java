class Solution {
    public int[] divisorTally(int[] nums) {
        
    }
}
