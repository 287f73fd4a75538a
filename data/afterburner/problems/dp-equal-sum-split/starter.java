class Solution {
    public boolean canSplitEvenly(int[] nums) {
        
    }
}
