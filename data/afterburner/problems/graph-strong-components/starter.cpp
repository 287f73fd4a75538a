class Solution {
public:
    vector<int> strongSummary(int n, vector<vector<int>>& arcs) {
        
    }
};
