class Solution {
    public int[] locate(int[] nums, int[] queries) {
        
    }
}
