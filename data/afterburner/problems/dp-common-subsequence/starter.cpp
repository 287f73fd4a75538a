class Solution {
public:
    int sharedSubsequenceLength(string a, string b) {
        
    }
};
