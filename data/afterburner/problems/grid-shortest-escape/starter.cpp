class Solution {
public:
    int shortestEscape(vector<string>& grid) {
        
    }
};
