class Solution {
    public String collapsePairs(String s) {
        
    }
}
