class Solution {
public:
    int minTracks(vector<vector<int>>& intervals) {
        
    }
};
