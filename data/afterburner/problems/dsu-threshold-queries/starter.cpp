class Solution {
public:
    string reachableUnder(int n, vector<vector<int>>& edges, vector<vector<int>>& queries) {
        
    }
};
