class Solution {
public:
    long long countHeavyPairs(vector<int>& nums, int c) {
        
    }
};
