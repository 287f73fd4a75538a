class Solution {
public:
    int minCost(int n, vector<vector<int>>& arcs) {
        
    }
};
