class Solution {
public:
    vector<vector<int>> unionIntervals(vector<vector<int>>& intervals) {
        
    }
};
