class Solution {
    public long countSequences(int n) {
        
    }
}
