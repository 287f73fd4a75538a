class Solution {
public:
    long long countCoprimePairs(vector<int>& nums) {
        
    }
};
