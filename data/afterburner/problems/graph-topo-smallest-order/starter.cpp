class Solution {
public:
    vector<int> smallestOrder(int n, vector<vector<int>>& rules) {
        
    }
};
