class Solution {
public:
    int firstCycleEdge(int n, vector<vector<int>>& edges) {
        
    }
};
