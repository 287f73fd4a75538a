class Solution {
public:
    int cheapestRoundTrip(vector<vector<int>>& cost) {
        
    }
};
