class Solution {
public:
    int nearestTripleSum(vector<int>& nums, int target) {
        
    }
};
