class Solution {
public:
    int minimumMarked(int n, vector<vector<int>>& edges) {
        
    }
};
