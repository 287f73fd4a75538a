class Solution {
public:
    int countComponents(int n, vector<vector<int>>& edges) {
        
    }
};
