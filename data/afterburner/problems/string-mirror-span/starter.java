class Solution {
    public int longestPalindrome(String s) {
        
    }
}
