class Solution {
public:
    int countIslands(vector<string>& grid) {
        
    }
};
