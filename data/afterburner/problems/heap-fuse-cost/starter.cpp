class Solution {
public:
    long long minFuseCost(vector<int>& nums) {
        
    }
};
