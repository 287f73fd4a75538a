class Solution {
    public int[] windowCounts(long[] times, long w) {
        
    }
}
