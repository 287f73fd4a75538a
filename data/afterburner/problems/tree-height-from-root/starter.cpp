class Solution {
public:
    int treeHeight(int n, vector<vector<int>>& edges) {
        
    }
};
