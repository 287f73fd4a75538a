func longestPalindrome(s string) int {
    
}
