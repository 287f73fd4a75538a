class Solution {
public:
    vector<int> pathLengths(int n, vector<vector<int>>& edges, vector<vector<int>>& queries) {
        
    }
};
