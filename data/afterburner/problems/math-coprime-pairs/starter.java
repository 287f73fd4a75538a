class Solution {
    public long countCoprimePairs(int[] nums) {
        
    }
}
