class Solution {
    public int[] windowMaxima(int[] nums, int k) {
        
    }
}
