class Solution {
public:
    int longestPalindrome(string s) {
        
    }
};
