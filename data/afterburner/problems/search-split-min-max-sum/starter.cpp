class Solution {
public:
    long long lightestCut(vector<int>& nums, int m) {
        
    }
};
