class Solution {
    public long countHeavyPairs(int[] nums, int c) {
        
    }
}
