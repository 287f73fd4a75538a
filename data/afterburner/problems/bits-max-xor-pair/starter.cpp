class Solution {
public:
    int largestPairXor(vector<int>& nums) {
        
    }
};
