class Solution {
    public int nearestTripleSum(int[] nums, int target) {
        
    }
}
