class Solution {
public:
    long long maxWeight(vector<vector<int>>& bookings) {
        
    }
};
