class Solution {
    public int shortestEscape(String[] grid) {
        
    }
}
