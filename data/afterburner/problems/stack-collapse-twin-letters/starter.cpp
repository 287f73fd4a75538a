class Solution {
public:
    string collapsePairs(string s) {
        
    }
};
