class Solution {
public:
    int countBridges(int n, vector<vector<int>>& edges) {
        
    }
};
