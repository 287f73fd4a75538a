class Solution {
public:
    vector<long long> sortedSquares(vector<long long>& nums) {
        
    }
};
