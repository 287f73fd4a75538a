class Solution {
    public int[] runningMedians(int[] nums) {
        
    }
}
